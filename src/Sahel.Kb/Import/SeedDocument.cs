namespace Sahel.Kb.Import;

/// <summary>A line of a seed page, numbered as in the file (for HTML, the line its element starts on).</summary>
public sealed record SourceLine(int Number, string Text);

public enum SeedFormat
{
    Text,
    Html,
}

/// <summary>
/// A seed file read and decoded into lines, before any item is recognised. <see cref="Heading"/>
/// is what an HTML page's <c>&lt;title&gt;</c> says its subject is, for a page whose lines do not
/// begin with a heading of their own.
/// </summary>
public sealed record SeedDocument(string Path, string Name, SeedFormat Format, IReadOnlyList<SourceLine> Lines, string? Heading = null);
