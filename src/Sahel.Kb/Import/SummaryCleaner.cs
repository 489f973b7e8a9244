using System.Text.RegularExpressions;

namespace Sahel.Kb.Import;

/// <summary>
/// Part of stage 3 (drafting): tidies what the mirror leaves in a summary when it strips
/// pronunciations and language tags. A bracket of leftovers keeps its names ("(, JNIM; , GSIM; )"
/// → "(JNIM, GSIM)", "( (CMA); ; )" → "(CMA)") or goes when nothing is left; a space before a
/// stop or a comma goes, a measure left without its figure goes (", covering ." → "."), a space
/// just inside a bracket goes ("( Bambara:" → "(Bambara:"); the mirror's cut, " ...", becomes "…".
/// Brackets written as such ("(MNLA)", "(born 1954)") are left as they are.
/// </summary>
public static partial class SummaryCleaner
{
    public static string Clean(string summary)
    {
        var text = Bracket().Replace(summary, match => CleanBracket(match.Groups["inner"].Value) is { } inner ? $"({inner})" : "");
        text = EmptyBracketGap().Replace(text, "$1 ");
        text = SpaceInsideBracket().Replace(text, "");
        text = SpaceBeforeStop().Replace(text, "$1");
        text = DanglingMeasure().Replace(text, ".");
        return Cut().Replace(text, "…");
    }

    /// <summary>What a bracket of leftovers still says, or null when it says nothing; a bracket written as such unchanged.</summary>
    private static string? CleanBracket(string inner)
    {
        if (!Leftovers().IsMatch(inner))
        {
            return inner;
        }

        var pieces = inner.Split(';')
            .Select(p => p.Trim(' ', ',', '\u00A0'))
            .Select(p => p is ['(', .., ')'] && p.IndexOf('(', 1) < 0 ? p[1..^1].Trim() : p)
            .Where(p => p.Length > 0)
            .ToList();
        return pieces.Count == 0 ? null : string.Join(pieces.All(p => !p.Contains(' ', StringComparison.Ordinal)) ? ", " : "; ", pieces);
    }

    /// <summary>A bracket after a space (not a call such as "Exception()"), with at most one bracket inside it.</summary>
    [GeneratedRegex(@"(?<=^|\s)\((?<inner>[^()]*(?:\([^()]*\)[^()]*)?)\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Bracket();

    /// <summary>What only the mirror writes in a bracket: an opening separator, an empty piece, a closing separator, a bracket in a bracket, or nothing.</summary>
    [GeneratedRegex(@"^\s*[,;]|;\s*(?:;|$)|,\s*;|^\s*\(|^\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Leftovers();

    /// <summary>The space a removed bracket leaves before what followed it: "Movements  is", "Kidal ,".</summary>
    [GeneratedRegex(@"(\S) {2,}(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyBracketGap();

    /// <summary>"( Bambara:", "Kidal )": the space a removed pronunciation leaves inside a bracket.</summary>
    [GeneratedRegex(@"(?<=\()[ \u00A0]+|[ \u00A0]+(?=\))", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceInsideBracket();

    /// <summary>", covering." : a measure whose figure the mirror removed; the clause goes.</summary>
    [GeneratedRegex(@",\s*(?:covering|measuring|spanning|totalling|totaling|numbering|with an area of|an area of)\s*\.", RegexOptions.CultureInvariant)]
    private static partial Regex DanglingMeasure();

    [GeneratedRegex(@"(?<=[\p{L}\p{N})]) +([.,;:])(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforeStop();

    [GeneratedRegex(@"\s*(?:\.\.\.|…)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Cut();
}
