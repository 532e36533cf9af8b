namespace PaperGraph.Core.Evaluation;

/// <summary>A gold, prediction or corpus file the evaluation cannot read; the message names file and line.</summary>
/// <param name="Line">1-based; 0 when the problem concerns the whole file.</param>
public sealed class EvaluationInputException(string file, int line, string problem)
    : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
