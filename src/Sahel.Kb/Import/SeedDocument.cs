namespace Sahel.Kb.Import;

/// <summary>A line of a seed page, numbered as in the file (for HTML, the line its element starts on).</summary>
public sealed record SourceLine(int Number, string Text);

public enum SeedFormat
{
    Text,
    Html,
}

/// <summary>A seed file read and decoded into lines, before any item is recognised.</summary>
public sealed record SeedDocument(string Path, string Name, SeedFormat Format, IReadOnlyList<SourceLine> Lines);
