namespace Sahel.Kb.Text;

/// <summary>
/// Runs of capitalised words that make a name: "National Movement for the Liberation of Azawad",
/// "Jama'at Nusrat ul-Islam wa al-Muslimin". Lower-case particles may stand inside a name, never at its ends.
/// </summary>
public static class ProperNames
{
    /// <summary>Lower-case words that may join the capitalised words of one name.</summary>
    public static readonly IReadOnlySet<string> Particles = new HashSet<string>(StringComparer.Ordinal)
    {
        "of", "the", "for", "de", "du", "des", "la", "le", "les", "et", "al", "el", "wa", "wal", "fi", "bin", "ibn", "ben", "ul", "da", "dos", "van", "von", "ag",
    };

    /// <summary>Further joining words of a formal name given in full before its acronym: "Mission in Mali (MINUSMA)".</summary>
    private static readonly HashSet<string> s_formalNameParticles = ["in", "on", "and"];

    /// <summary>Head words of a document's title, which may go on "on the" or "in" what it is about: "Humanitarian Ceasefire Agreement on the Conflict in Darfur".</summary>
    private static readonly HashSet<string> s_documentHeads = new(StringComparer.Ordinal)
    {
        "Agreement", "Accord", "Accords", "Treaty", "Ceasefire", "Protocol", "Charter", "Declaration", "Convention",
    };

    /// <summary>
    /// Collective nouns whose possessive stands inside a name, before its next capitalised word:
    /// "Sudan People's Liberation Movement", "National Women's Union" (not "Chad's Lac Region", which
    /// a possessive ends).
    /// </summary>
    private static readonly HashSet<string> s_collectiveNouns = new(StringComparer.Ordinal) { "People", "Peoples", "Women", "Men", "Children" };

    /// <summary>Whether <paramref name="word"/> ("People", "Women") with its "'s" stays inside the name it stands in.</summary>
    public static bool KeepsPossessiveInName(string word) => s_collectiveNouns.Contains(word);

    /// <summary>A word that can be part of a name: capitalised, a number, or "al-Qaeda"-like with a capital after a hyphen.</summary>
    public static bool IsNameWord(ReadOnlySpan<char> word)
    {
        word = word.Trim("\"“”'’");
        if (word.IsEmpty)
        {
            return false;
        }

        if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
        {
            return true;
        }

        // "al-Qaeda", "wa'l-Jihād": a capital after any hyphen or apostrophe inside the word.
        for (var i = 1; i + 1 < word.Length; i++)
        {
            if (word[i] is '-' or '\'' && char.IsUpper(word[i + 1]))
            {
                return !LowerPrefixes.Contains(word[..i].ToString());
            }
        }

        return false;
    }

    /// <summary>Prefixes that make a capitalised word an adjective or a time, not a name: "mid-April", "anti-French", "pro-Russian".</summary>
    private static readonly HashSet<string> LowerPrefixes = new(StringComparer.Ordinal)
    {
        "mid", "pre", "post", "anti", "pro", "non", "ex", "neo", "pan", "early", "late", "counter", "trans", "inter", "sub",
    };

    /// <summary>An acronym: two or more capitals, perhaps with digits, hyphens and a slash ("JNIM", "CSP-PSD", "G5", "SLM/A").</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 16 || !char.IsUpper(word[0]) || word[^1] == '-')
        {
            return false;
        }

        var (capitals, lower) = (0, 0);
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (!char.IsDigit(c) && c != '-' && c != '/')
            {
                return false;
            }
        }

        // ("SLM/A": a movement and its army; a slash neither opens nor closes one. "NCoS": one small letter between capitals,
        // in an acronym of three or more, as "of" in the Nigerian Correctional Service.)
        return word[^1] != '/' && (lower == 0 ? capitals >= 2 : lower == 1 && capitals >= 3 && char.IsUpper(word[^1]));
    }

    /// <summary>
    /// The name that ends just before <paramref name="end"/>, read backwards: capitalised words,
    /// particles between them, and (when <paramref name="allowLists"/>) ", " and "and" between
    /// capitalised words, as in "Framework for Peace, Security, and Development".
    /// </summary>
    public static string? RunBefore(string text, int end, bool allowLists = true)
    {
        var words = new List<string>();
        var position = end;
        while (true)
        {
            while (position > 0 && text[position - 1] == ' ')
            {
                position--;
            }

            var start = position;
            while (start > 0 && text[start - 1] != ' ')
            {
                start--;
            }

            if (start == position)
            {
                break;
            }

            var word = text[start..position];
            var bare = word.TrimEnd(',');
            var hasComma = bare.Length != word.Length;
            if (hasComma && (!allowLists || words.Count == 0))
            {
                break;
            }

            var isName = IsNameWord(bare) && !bare.EndsWith(':') && !bare.EndsWith('.');
            var isJoin = Particles.Contains(bare) || allowLists && s_formalNameParticles.Contains(bare) || IsNameDash(bare) && words.Count > 0;
            if (!isName && !isJoin)
            {
                break;
            }

            words.Add(word);
            position = start;
        }

        words.Reverse();
        var first = words.FindIndex(w => IsNameWord(w.TrimEnd(',')));
        if (first < 0)
        {
            return null;
        }

        var name = string.Join(' ', words.Skip(first));
        return name.Length == 0 ? null : name;
    }

    /// <summary>
    /// The name that starts at <paramref name="start"/>, read forwards (no lists), or null. Once a
    /// formal name has shown itself by a "for" or "of", "in", "on" and "and" may join it to the next
    /// capitalised word: "Accord for Peace and Reconciliation in Mali"; "to the" before a capitalised
    /// word joins any name: "Preliminary Agreement to the Presidential Election".
    /// </summary>
    public static string? RunAfter(string text, int start, int maxWords = 12)
    {
        var words = new List<string>();
        var position = start;
        var isFormal = false;
        var isDocument = false;
        while (words.Count < maxWords && position < text.Length)
        {
            var end = position;
            while (end < text.Length && text[end] != ' ')
            {
                end++;
            }

            var word = text[position..end];
            var bare = word.TrimEnd(',', ';', '.', ')', ':');
            var joinsFormalName = bare.Length == word.Length
                && (isFormal && s_formalNameParticles.Contains(bare) && NextWordIsName(text, end) || IsToThe(bare, text, end) || IsNameDash(bare) && words.Count > 0 && NextWordIsName(text, end)
                    || isDocument && bare is "on" or "in" && IsAboutAName(text, end));
            if (!IsNameWord(bare) && !Particles.Contains(bare) && !joinsFormalName)
            {
                break;
            }

            isFormal |= bare is "for" or "of" or "to";
            isDocument |= s_documentHeads.Contains(bare);
            words.Add(bare);
            if (bare.Length != word.Length)
            {
                break;
            }

            position = end + 1;
        }

        while (words.Count > 0 && !IsNameWord(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 || !IsNameWord(words[0]) ? null : string.Join(' ', words).Trim('"', '“', '”');
    }

    /// <summary>"Islamic State – Sahel Province": a spaced en dash between two capitalised runs is inside one name.</summary>
    private static bool IsNameDash(string word) => word == "–";

    /// <summary>"Agreement to the Presidential Election": "to" joins a name before "the" and a capitalised word.</summary>
    private static bool IsToThe(string word, string text, int space) =>
        word == "to" && text.AsSpan(Math.Min(space + 1, text.Length)).StartsWith("the ", StringComparison.Ordinal) && NextWordIsName(text, space + 4);

    /// <summary>After a document's head word and "on" or "in": "the" perhaps, then a capitalised word (not a year: "the Agreement in 2015").</summary>
    private static bool IsAboutAName(string text, int space)
    {
        var next = text.AsSpan(Math.Min(space + 1, text.Length));
        if (next.StartsWith("the ", StringComparison.Ordinal))
        {
            next = next[4..];
        }

        return !next.IsEmpty && char.IsUpper(next[0]);
    }

    private static bool NextWordIsName(string text, int space)
    {
        var start = space + 1;
        var end = start;
        while (end < text.Length && text[end] != ' ')
        {
            end++;
        }

        return start < text.Length && IsNameWord(text.AsSpan(start, end - start).TrimEnd(",;.):"));
    }
}
