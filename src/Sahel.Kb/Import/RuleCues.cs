using System.Text;
using System.Text.RegularExpressions;

namespace Sahel.Kb.Import;

/// <summary>
/// The words a statement rule cannot match without, read from its pattern: the groups of plain
/// words ("(?:attacked|ambushed|stormed)") and the plain words ("against") that no optional group,
/// alternative or look-around holds. A sentence that lacks one of them is not read with the rule
/// at all: the rules that open with a list of names or with a look-behind are otherwise tried at
/// every position of every sentence, most of the statement stage's time. A pattern with an
/// alternation at its top level has no cue.
/// </summary>
public static class RuleCues
{
    /// <summary>Cues shorter than this are in nearly every sentence ("in", "by", "the"): not worth a pass.</summary>
    private const int MinLength = 4;

    public static IReadOnlyList<string> Of(string pattern)
    {
        var cues = new List<string>();
        var word = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsAsciiLetter(c))
            {
                word.Append(c);
                i++;
                continue;
            }

            // A quantifier that allows none makes the word's last letter optional ("attacks?").
            if (IsOptional(pattern, i) && word.Length > 0)
            {
                word.Length--;
            }

            AddWord(cues, word);
            switch (c)
            {
                case '|':
                    return [];
                case '\\':
                    i = AfterEscape(pattern, i);
                    break;
                case '[':
                    i = AfterClass(pattern, i);
                    break;
                case '{':
                    i = pattern.IndexOf('}', i) is var close and > 0 ? close + 1 : pattern.Length;
                    break;
                case '(':
                    var end = AfterGroup(pattern, i);
                    if (Body(pattern, i, end) is { } body && !IsOptional(pattern, end))
                    {
                        // A group no match can lack: its words as one cue, or the cues of what it holds.
                        cues.AddRange(PlainWords(body) is { } words ? [$"(?:{words})"] : Of(body));
                    }

                    i = end;
                    break;
                default:
                    i++;
                    break;
            }
        }

        AddWord(cues, word);
        return cues;
    }

    private static void AddWord(List<string> cues, StringBuilder word)
    {
        if (word.Length >= MinLength)
        {
            cues.Add(word.ToString());
        }

        word.Clear();
    }

    /// <summary>What a group that matches text holds (<c>(?:…)</c>, <c>(?&lt;name&gt;…)</c>); null for a look-around, which matches none.</summary>
    private static string? Body(string pattern, int open, int end)
    {
        var rest = pattern.AsSpan(open);
        var start = rest.StartsWith("(?:") ? 3 : rest.StartsWith("(?<") && rest.Length > 3 && char.IsAsciiLetter(rest[3]) ? rest.IndexOf('>') + 1 : 0;
        return start == 0 ? null : pattern[(open + start)..(end - 1)];
    }

    private static bool IsOptional(string pattern, int i) =>
        i < pattern.Length && (pattern[i] is '?' or '*' || pattern.AsSpan(i).StartsWith("{0"));

    /// <summary>The group's alternatives when every one is words joined by spaces or <c>\s+</c>, and each is long enough to be worth a pass.</summary>
    private static string? PlainWords(string body)
    {
        var alternatives = body.Split('|');
        foreach (var alternative in alternatives)
        {
            var letters = alternative.Replace(@"\s+", " ", StringComparison.Ordinal);
            if (letters.Trim().Length < MinLength || !letters.All(ch => char.IsAsciiLetter(ch) || ch is ' ' or '-' or '\''))
            {
                return null;
            }
        }

        return body;
    }

    private static int AfterEscape(string pattern, int i)
    {
        var next = i + 2;
        // \p{L}, \P{Lu}: the category's braces belong to the escape.
        return next < pattern.Length && pattern[i + 1] is 'p' or 'P' && pattern[next] == '{' ? pattern.IndexOf('}', next) + 1 : next;
    }

    private static int AfterClass(string pattern, int i)
    {
        i++;
        while (i < pattern.Length && pattern[i] != ']')
        {
            i = pattern[i] == '\\' ? AfterEscape(pattern, i) : i + 1;
        }

        return i + 1;
    }

    private static int AfterGroup(string pattern, int i)
    {
        var depth = 0;
        while (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '\\':
                    i = AfterEscape(pattern, i);
                    continue;
                case '[':
                    i = AfterClass(pattern, i);
                    continue;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i + 1;
            }

            i++;
        }

        return i;
    }

    /// <summary>The cues as one test: every one must stand in the text.</summary>
    public static Func<string, bool> Test(string pattern)
    {
        var cues = Of(pattern).Select(c => new Regex(c, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToArray();
        return text => Array.TrueForAll(cues, cue => cue.IsMatch(text));
    }
}
