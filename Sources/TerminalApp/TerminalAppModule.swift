/// Placeholder: the terminal runtime lands here.
public enum TerminalAppModule {}
