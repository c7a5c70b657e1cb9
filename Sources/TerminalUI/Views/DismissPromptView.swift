extension Canvas {
    /// The `x` prompt: what is dismissed, the one-line reason being typed, and what Enter and Esc do.
    mutating func dismissPrompt(_ input: DismissInput, width: Int, height: Int) {
        let boxWidth = min(width - 4, 84)
        let rect = Rect(x: (width - boxWidth) / 2, y: max(1, (height - 6) / 2), width: boxWidth, height: 6)
        box(rect, title: "Dismiss \(input.label)", style: Theme.dialogBorder)
        let limit = rect.maxX - 2
        grid.write(
            "Hidden until it tries again; nothing is sent to SendGrid.", x: rect.x + 2,
            y: rect.y + 1, style: Theme.muted, limit: limit)
        let end = grid.write(
            "Reason (optional): " + input.reason, x: rect.x + 2, y: rect.y + 2, style: Theme.text, limit: limit - 1)
        grid.write("█", x: end, y: rect.y + 2, style: Theme.muted, limit: limit)
        grid.write(
            "Enter dismisses (no reason needed) · Esc cancels", x: rect.x + 2, y: rect.y + 4, style: Theme.muted,
            limit: limit)
    }
}
