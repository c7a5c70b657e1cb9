enum RenderBenchmarks { static func run() {} }
