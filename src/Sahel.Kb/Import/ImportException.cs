namespace Sahel.Kb.Import;

/// <summary>Input the importer refuses. The message is one line naming the file and, where there is one, the line.</summary>
public sealed class ImportException : Exception
{
    public ImportException(string file, int? line, string problem)
        : base(line is { } n ? $"{file}: line {n}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public ImportException()
    {
        File = "";
        Problem = "";
    }

    public ImportException(string message)
        : base(message)
    {
        File = "";
        Problem = message;
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
        Problem = message;
    }

    public string File { get; }

    public int? Line { get; }

    public string Problem { get; }
}
