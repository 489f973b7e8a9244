using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// An article as the linker sees it: its names and the plain text of its summary. When
/// <see cref="AliasesFixed"/> (an editor set them), its aliases are exactly <see cref="KeptAliases"/>.
/// <see cref="OtherTexts"/>: what other seed pages say of it, read for the aliases they state.
/// <see cref="Kind"/>: a person's surname alone ("Ghaly") names the person, a group's own word ("Wagner") the group.
/// <see cref="OtherTitles"/>: the titles other seed pages give it, names of it too.
/// </summary>
public sealed record LinkInput(
    int Id, string Title, string PlainSummary, IReadOnlyList<AliasCandidate> KeptAliases, bool AliasesFixed = false, IReadOnlyList<string>? OtherTexts = null, ArticleKind? Kind = null, IReadOnlyList<string>? OtherTitles = null);

public sealed record LinkedMention(int SourceId, int TargetId, string Text, int Position, string Sentence);

/// <summary>A name without an article, as <see cref="ArticleId"/>'s summary writes it; <see cref="Key"/> is shared by its other forms (an acronym's is its full name's).</summary>
public sealed record LinkedWanted(int ArticleId, string Name, string Key, string Sentence, ArticleKind? Kind = null);

/// <summary>A name found in an article's other text (what another seed page says of it): where it stands, and the article it names.</summary>
public sealed record OtherTextMention(int ArticleId, int Text, int Start, int Length, int TargetId);

/// <summary>
/// What linking every article with every other gives. <see cref="OtherMentions"/>: the names in
/// each article's <see cref="LinkInput.OtherTexts"/> (by their index there), for the statements they state.
/// <see cref="Acronyms"/>: the acronyms the texts define, which key a wanted acronym under its full name.
/// </summary>
public sealed record LinkResult(
    IReadOnlyDictionary<int, List<AliasCandidate>> Aliases,
    IReadOnlyList<LinkedMention> Mentions,
    IReadOnlyList<LinkedWanted> Wanted,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<OtherTextMention>? OtherMentions = null,
    AcronymBook? Acronyms = null);

/// <summary>
/// Stage 5: over all articles at once, gathers every name (titles and aliases, including those
/// other summaries give: "Coordination of Azawad Movements (CMA)", "Algiers Accords (2015),
/// Algiers Agreement"), then finds every name in every summary with one automaton pass each.
/// A name shared by two articles links neither and is reported. Capitalised runs that match no
/// name become wanted names.
/// </summary>
public static partial class MentionLinker
{
    /// <summary>Another page's title, and that title without its bracket: "Battle of Tessit (2022)", "Battle of Tessit".</summary>
    private static IEnumerable<AliasCandidate> OtherTitleNames(string title) =>
        AliasExtractor.ShortTitle(title) is { } shortTitle
            ? [new AliasCandidate(title, AliasOrigin.PageTitle), new AliasCandidate(shortTitle, AliasOrigin.ShortTitle)]
            : [new AliasCandidate(title, AliasOrigin.PageTitle)];

    public static LinkResult Link(IReadOnlyList<LinkInput> articles)
    {
        var warnings = new List<string>();
        var aliases = articles.ToDictionary(
            a => a.Id,
            a => AliasExtractor.Distinct(
                a.AliasesFixed
                    ? a.KeptAliases
                    : a.KeptAliases.Concat(AliasExtractor.Extract(a.Title, a.PlainSummary)).Concat((a.OtherTexts ?? []).SelectMany(text => AliasExtractor.Extract(a.Title, text)))
                        .Concat((a.OtherTitles ?? []).SelectMany(OtherTitleNames)),
                a.Title));
        var owners = NameOwners(articles, aliases);

        // Every summary's acronym definitions, read once: for aliases, for the acronym book and for wanted names.
        var definitions = articles.ToDictionary(a => a.Id, a => AliasExtractor.FindAcronymDefinitions(a.PlainSummary).ToList());
        AddAcronymsDefinedElsewhere(articles, definitions, aliases, owners);
        AddLinkLabels(articles, aliases, owners);
        owners = NameOwners(articles, aliases);

        // ("Yacouba Isaac Zida", one page's title, and another's alias of "Isaac Zida": the article it titles.)
        var titled = articles.GroupBy(a => TextFold.Key(a.Title)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.Ordinal);
        var names = new List<(string Key, int Owner)>();
        foreach (var (key, ids) in owners.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (ids.Count == 1)
            {
                names.Add((key, ids.First()));
            }
            else if (titled.TryGetValue(key, out var title) && ids.Contains(title))
            {
                names.Add((key, title));
                warnings.Add($"the name \"{key}\" belongs to {ids.Count} articles; it links to the one it titles");
            }
            else
            {
                warnings.Add($"the name \"{key}\" belongs to {ids.Count} articles; it links to none of them");
            }
        }

        var automaton = new NameAutomaton(names.Select(n => n.Key));
        var variants = new NameVariants();
        foreach (var (key, ids) in owners)
        {
            foreach (var id in ids)
            {
                variants.Add(key, id);
            }
        }

        // (A place's name before other capitalised words starts another name: "the Darfur Regional Authority"; a group's may not: "Al-Mulathameen Brigade".)
        var kinds = articles.ToDictionary(a => a.Id, a => a.Kind);
        bool namesAPlace(NameMatch match) => kinds[names[match.Name].Owner] is null or ArticleKind.Region;
        var nameIndex = names.Select((n, i) => (n.Key, i)).ToDictionary(n => n.Key, n => n.i, StringComparer.Ordinal);
        // ("the northern states of Bauchi, Borno, Kano and Yobe": "Kano" there is Kano State, not the city, when the state has its article.)
        // ("the presidential guard led by General …" in Mauritania is not the Presidential Guard (Niger): words without a capital are
        // a common noun, no article's name, unless the place the title is told apart by follows: "the presidential guard of Niger".)
        var titleQualifiers = articles.Select(a => (a.Id, Qualifier: AliasExtractor.TitleQualifier(a.Title))).Where(a => a.Qualifier is not null).ToDictionary(a => a.Id, a => " of " + a.Qualifier);
        bool isCommonNoun(string text, NameMatch match) =>
            !HasCapital(text.AsSpan(match.Start, match.Length))
            && !(titleQualifiers.TryGetValue(names[match.Name].Owner, out var qualifier) && text.AsSpan(match.Start + match.Length).StartsWith(qualifier, StringComparison.Ordinal));
        List<NameMatch> find(string text) =>
        [
            .. Find(automaton, text, namesAPlace).Where(m => !isCommonNoun(text, m)).Select(m => NameCandidates.IsInStatesList(text, m.Start)
                && nameIndex.TryGetValue(TextFold.Key(string.Concat(text.AsSpan(m.Start, m.Length), " State")), out var state) ? m with { Name = state } : m),
        ];
        var surnames = Surnames(articles);
        var acronyms = AcronymBook.Read(definitions.Values.SelectMany(d => d).Concat(articles.SelectMany(a => a.OtherTexts ?? []).SelectMany(AliasExtractor.FindAcronymDefinitions)));
        var mentions = new List<LinkedMention>();
        var wanted = new List<LinkedWanted>();
        var otherMentions = new List<OtherTextMention>();
        foreach (var article in articles)
        {
            for (var other = 0; other < (article.OtherTexts?.Count ?? 0); other++)
            {
                otherMentions.AddRange(find(article.OtherTexts![other])
                    .Where(m => names[m.Name].Owner != article.Id)
                    .Select(m => new OtherTextMention(article.Id, other, m.Start, m.Length, names[m.Name].Owner)));
            }

            var text = article.PlainSummary;
            var matches = find(text);
            foreach (var match in matches)
            {
                var target = names[match.Name].Owner;
                if (target != article.Id)
                {
                    mentions.Add(new LinkedMention(article.Id, target, text.Substring(match.Start, match.Length), match.Start, Sentences.Around(text, match.Start)));
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var wantedSurnames = new Dictionary<string, string>(StringComparer.Ordinal);
            var ownNames = aliases[article.Id].Select(a => TextFold.Key(a.Name)).Append(TextFold.Key(article.Title)).ToList();
            var candidates = NameCandidates.Find(text, matches, definitions[article.Id]);
            foreach (var candidate in candidates)
            {
                var written = text.Substring(candidate.Start, candidate.Length);
                var sentence = Sentences.Around(text, candidate.Start);

                // "fighters of the MNLA" where the summary names "the National Movement for the Liberation of Azawad" but never
                // defines the acronym: the article or the wanted name whose initials it is.
                var implied = acronyms.FullName(candidate.Name) is null ? ImpliedFullName(candidate.Name, text, matches, candidates) : null;
                if (implied is { Match: { } fullMatch })
                {
                    var owner = names[fullMatch.Name].Owner;
                    if (owner != article.Id)
                    {
                        mentions.Add(new LinkedMention(article.Id, owner, written, candidate.Start, sentence));
                    }

                    continue;
                }

                // "Fahad Ag Al-Mahmoud", "the Tuareg rebellion of 2012": another way to write an article's name.
                var isOneWord = !candidate.Name.Contains(' ');
                if (variants.TryFind(candidate.Name, out var target)
                    || (isOneWord || candidate.Name.Split(' ') is [var descent, _] && s_descent.Contains(TextFold.Key(descent))) && surnames.TryGetValue(TextFold.Key(candidate.Name), out target) && target > 0)
                {
                    if (target != article.Id)
                    {
                        mentions.Add(new LinkedMention(article.Id, target, written, candidate.Start, sentence));
                    }

                    continue;
                }

                // A name two articles share links neither and is wanted by none; "Ag Ghaly was formerly a
                // musician": a part of the article's own name is no wanted article (but the man of "Death of
                // Idriss Déby" or the town of "Siege of Djibo" is another's).
                var key = TextFold.Key(candidate.Name);
                // ("A son of the cleric Abubakar Gumi", on Ahmad Abubakar Gumi's page: a kinsman is another man, though his name is part of this one's.)
                var namesAnother = article.Kind is ArticleKind.Event or ArticleKind.Agreement && $"{TextFold.Key(article.Title)} ".Contains($" of {key} ", StringComparison.Ordinal)
                    || KinBefore().IsMatch(text.AsSpan(0, candidate.Start));
                if (owners.ContainsKey(key) || !namesAnother && ownNames.Any(own => $" {own} ".Contains($" {key} ", StringComparison.Ordinal)))
                {
                    continue;
                }

                // "MNLA" and "National Movement for the Liberation of Azawad" are one wanted name, under the
                // full name; "Ouane" after "Prime Minister Moctar Ouane" is him, "Abdel Aziz" after "General Mohamed
                // Ould Abdel Aziz" too, "Wagner" after "Wagner Group" it.
                var wantedKey = wantedSurnames.TryGetValue(key, out var person)
                    ? person
                    : WantedName.CreateKey(acronyms.FullName(candidate.Name) ?? implied?.Name ?? candidate.Name);
                // ("founded … by Mohammed Yusuf. After Yusuf was killed …": a name opening with a given name is a person's, NameCandidates.GuessKind.)
                var kind = candidate.Kind;
                if (!isOneWord && ShortName(key, kind) is { } shortName)
                {
                    wantedSurnames.TryAdd(shortName, wantedKey);
                    var words = key.Split(' ');
                    for (var first = 1; kind == ArticleKind.Person && first <= words.Length - 2; first++)
                    {
                        wantedSurnames.TryAdd(string.Join(' ', words[first..]), wantedKey);
                    }
                }

                if (seen.Add(wantedKey))
                {
                    wanted.Add(new LinkedWanted(article.Id, written, wantedKey, sentence, candidate.Kind));
                }
            }
        }

        mentions.Sort((a, b) => a.SourceId != b.SourceId ? a.SourceId.CompareTo(b.SourceId) : a.Position.CompareTo(b.Position));
        return new LinkResult(aliases, mentions, wanted, warnings, otherMentions, acronyms);
    }

    /// <summary>"son of ", "the widow of the late ", "a brother of the cleric ": a kinsman's name follows.</summary>
    [GeneratedRegex(@"\b(?:son|daughter|father|mother|brother|sister|wife|widow|husband|nephew|niece|uncle|cousin|grandson|granddaughter)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex KinBefore();

    /// <summary>The name in the same text an acronym no text defines stands for (<see cref="AcronymBook.Implied"/>), and its match when it names an article.</summary>
    private static (string Name, NameMatch? Match)? ImpliedFullName(string acronym, string text, List<NameMatch> matches, List<NameCandidate> candidates)
    {
        if (!ProperNames.IsAcronym(acronym))
        {
            return null;
        }

        var written = matches.Select(m => text.Substring(m.Start, m.Length)).ToList();
        return AcronymBook.Implied(acronym, written.Concat(candidates.Select(c => c.Name))) is not { } name ? null
            : (name, written.IndexOf(name) is var at and >= 0 ? matches[at] : null);
    }

    /// <summary>
    /// The names in a text, but not a name before a kind of place ("the Djenné Cercle", "the Ouallam
    /// Department") or of what is named after a place ("the Lake Chad Basin Commission", "the Niger
    /// River", "Kano State"): that is another name, left to be wanted.
    /// </summary>
    private static List<NameMatch> Find(NameAutomaton automaton, string text, Func<NameMatch, bool> namesAPlace)
    {
        var matches = automaton.Find(text);
        // "the Jere Local Government Area": a place's article named with the kind of area it is (the area takes the town's name).
        for (var i = 0; i < matches.Count; i++)
        {
            if (namesAPlace(matches[i]) && LocalGovernmentAreaAfter().Match(text, matches[i].Start + matches[i].Length) is { Success: true } area)
            {
                matches[i] = matches[i] with { Length = matches[i].Length + area.Length };
            }
        }

        matches.RemoveAll(match => PlaceNounAfter().Match(text, match.Start + match.Length) is { Success: true } after
            && (WantedNameRules.IsTerritoryNoun(after.Groups["noun"].Value) || s_namedAfter.Contains(after.Groups["noun"].Value))
            || IsLastWordOfLongerName(text, match) || namesAPlace(match) && IsFirstWordOfLongerName(text, match) || IsPlaceInLongerName(text, match));
        return matches;
    }

    private static bool HasCapital(ReadOnlySpan<char> written)
    {
        foreach (var c in written)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the War in Darfur", "the Sultanate of Kanem": a place in a war's or a realm's name is the war's or the realm's, which is
    /// wanted or linked whole.
    /// </summary>
    private static bool IsPlaceInLongerName(string text, NameMatch match)
    {
        var before = text.AsSpan(0, match.Start);
        var joiner = before.EndsWith(" in ", StringComparison.Ordinal) ? " in " : before.EndsWith(" of ", StringComparison.Ordinal) ? " of " : null;
        if (joiner is null)
        {
            return false;
        }

        before = before[..^joiner.Length];
        var start = before.Length;
        while (start > 0 && char.IsLetterOrDigit(before[start - 1]))
        {
            start--;
        }

        var head = before[start..].ToString();
        return joiner == " in " ? WantedNameRules.WarHeads.Contains(head) : s_realms.Contains(head);
    }

    /// <summary>Realms named "of" a place: "the Sultanate of Kanem", "the Kingdom of Kaarta".</summary>
    private static readonly HashSet<string> s_realms = new(StringComparer.Ordinal) { "Sultanate", "Emirate", "Kingdom", "Empire", "Caliphate" };

    /// <summary>
    /// "the Darfur Regional Authority", "the Darfur Peace Agreement": a place's one word before other
    /// capitalised words is the start of a longer name, not the article that word alone names. Not
    /// before what only describes, a month or a sentence's opening word ("Mali Tuareg", "Gao In 2012").
    /// </summary>
    private static bool IsFirstWordOfLongerName(string text, NameMatch match)
    {
        var end = match.Start + match.Length;
        if (text.AsSpan(match.Start, match.Length).Contains(' ') || PlaceNounAfter().Match(text, end) is not { Success: true } after)
        {
            return false;
        }

        return !DescribesOrOpens(after.Groups["noun"].Value);
    }

    /// <summary>A capitalised word that is no part of a name: one that only describes ("Malian"), opens a sentence ("In") or a glued section ("History").</summary>
    private static bool DescribesOrOpens(string word) =>
        WantedNameRules.IsDescriptor(word) || WantedNameRules.NotNames.Contains(word) || StatementRules.SectionHeadings.Contains(word);

    /// <summary>
    /// "the Komadugu Yobe river", "Mahamat Déby": one word after another capitalised word is the end
    /// of a longer name, not the article that word alone names. Not after what only describes or opens
    /// a sentence ("Malian", "In"), an office or rank ("President Bazoum"), or a particle of a
    /// person's name ("Ould Ghazouani"). A point of the compass opens one: "South Kordofan" is a state, not the region Kordofan.
    /// </summary>
    private static bool IsLastWordOfLongerName(string text, NameMatch match)
    {
        var end = match.Start - 1;
        if (end < 1 || text[end] != ' ' || text.AsSpan(match.Start, match.Length).Contains(' '))
        {
            return false;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '’'))
        {
            start--;
        }

        // ("Mokhtar Belmokhtar's Al-Mulathameen Brigade": a possessive is another's name.)
        var word = text[start..end];
        var isCapitalised = word.Length > 0 && char.IsUpper(word[0]) && (start == 0 || !char.IsLetterOrDigit(text[start - 1]) && text[start - 1] is not '.');
        return isCapitalised && !word.EndsWith('\'') && !word.EndsWith('’') && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)
            && (!DescribesOrOpens(word) || word is "North" or "South" or "East" or "West" or "Central") && !s_nameParticles.Contains(word)
            && !WantedNameRules.Offices.Any(o => o == word || o.EndsWith(" " + word, StringComparison.Ordinal));
    }

    /// <summary>Capitalised particles of a person's name: "Ould Ghazouani", "Ag Ghaly", "Abu Zeid".</summary>
    private static readonly HashSet<string> s_nameParticles = new(StringComparer.Ordinal) { "Ag", "Ould", "Abu", "Abou", "Ibn", "Bin", "Ben", "Al", "El" };

    /// <summary>Head words of a name made from a place's: "Lake Chad Basin", "Niger River", "Algiers Accord", "Kano State", "Niamey Capital District".</summary>
    private static readonly HashSet<string> s_namedAfter = new(StringComparer.Ordinal)
    {
        "Basin", "River", "Delta", "Valley", "Plateau", "Massif", "Mountains", "Forest", "Emirate", "State", "Commission", "Capital",
        "Accord", "Accords", "Agreement", "Declaration", "Charter", "Airport",
    };

    [GeneratedRegex(@"\G (?<noun>\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceNounAfter();

    [GeneratedRegex(@"\G " + WantedNameRules.LocalGovernmentArea + @"s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex LocalGovernmentAreaAfter();

    /// <summary>
    /// The word that alone names an article: a person's surname ("Ghaly" for Iyad Ag Ghaly), a
    /// two-word group's own word ("Wagner" for Wagner Group); 0 when several articles share it.
    /// </summary>
    private static Dictionary<string, int> Surnames(IReadOnlyList<LinkInput> articles)
    {
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles.Where(a => a.Kind is ArticleKind.Person or ArticleKind.Group))
        {
            var key = TextFold.Key(AliasExtractor.ShortTitle(article.Title) ?? article.Title);
            foreach (var surname in ShortNames(key, article.Kind))
            {
                surnames[surname] = surnames.ContainsKey(surname) ? 0 : article.Id;
            }
        }

        return surnames;
    }

    /// <summary>
    /// Every short form of a folded name that alone names it: its <see cref="ShortName"/>; for a person, that surname without
    /// the Arabic article ("Bashir" for Omar al-Bashir) and a surname of two words after a word of descent ("Ibn Auf" for Ahmed
    /// Awad Ibn Auf, "Ag Ghaly" for Iyad Ag Ghaly).
    /// </summary>
    private static IEnumerable<string> ShortNames(string key, ArticleKind? kind)
    {
        if (ShortName(key, kind) is { } surname)
        {
            yield return surname;
            if (kind == ArticleKind.Person && surname.Length > 6 && surname[2] == '-' && surname[..2] is "al" or "el")
            {
                yield return surname[3..];
            }
        }

        var words = key.Split(' ');
        if (kind == ArticleKind.Person && words.Length >= 3 && s_descent.Contains(words[^2]))
        {
            yield return $"{words[^2]} {words[^1]}";
        }
    }

    /// <summary>Words of descent that open a two-word surname: "Ibn Auf", "Ould Daddah", "Ag Ghaly" (folded).</summary>
    private static readonly HashSet<string> s_descent = new(StringComparer.Ordinal) { "ibn", "bin", "ben", "ould", "ag", "wad", "abu" };

    /// <summary>The word of a folded name that alone names it, if it has one: a person's last word, a two-word group's first.</summary>
    internal static string? ShortName(string key, ArticleKind? kind)
    {
        var words = key.Split(' ');
        return kind switch
        {
            ArticleKind.Person when words.Length >= 2 && words[^1].Length > 3 => words[^1],
            ArticleKind.Group when words.Length == 2 && KindRules.TitleWords[ArticleKind.Group].Contains(words[1]) && words[0].Length > 3 => words[0],
            _ => null,
        };
    }

    private static Dictionary<string, HashSet<int>> NameOwners(IReadOnlyList<LinkInput> articles, Dictionary<int, List<AliasCandidate>> aliases)
    {
        var owners = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var name in aliases[article.Id].Select(a => a.Name).Prepend(article.Title))
            {
                var key = TextFold.Key(name);
                if (key.Length > 0)
                {
                    (owners.TryGetValue(key, out var ids) ? ids : owners[key] = []).Add(article.Id);
                }
            }
        }

        return owners;
    }

    /// <summary>
    /// "... between the Republic of Mali and Coordination of Azawad Movements (CMA)": CMA names that
    /// article; and a full name given to an article titled with the acronym names that article.
    /// </summary>
    private static void AddAcronymsDefinedElsewhere(IReadOnlyList<LinkInput> articles, Dictionary<int, List<AcronymDefinition>> definitions, Dictionary<int, List<AliasCandidate>> aliases, Dictionary<string, HashSet<int>> owners)
    {
        var byId = articles.ToDictionary(a => a.Id);
        var titledAcronyms = articles.Where(a => ProperNames.IsAcronym(a.Title)).GroupBy(a => a.Title, StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var definition in definitions[article.Id])
            {
                if (owners.TryGetValue(TextFold.Key(definition.Name), out var ids) && ids.Count == 1)
                {
                    var owner = ids.First();
                    foreach (var acronym in definition.Acronyms)
                    {
                        AddAlias(byId[owner], aliases[owner], acronym, AliasOrigin.Acronym);
                    }
                }
                else if (ids is null && definition.Acronyms is [var only] && titledAcronyms.TryGetValue(only, out var owner))
                {
                    // "... the Mission in Mali (MINUSMA)" in another summary: the article titled MINUSMA has that full name.
                    AddAlias(byId[owner], aliases[owner], definition.Name, AliasOrigin.FullName);
                }
            }
        }
    }

    /// <summary>
    /// A flattened wiki link leaves its target and then its label: "Algiers Accords (2015), Algiers
    /// Agreement". A label that follows a disambiguated title and starts with the same word names that article.
    /// </summary>
    private static void AddLinkLabels(IReadOnlyList<LinkInput> articles, Dictionary<int, List<AliasCandidate>> aliases, Dictionary<string, HashSet<int>> owners)
    {
        var targets = articles.Where(a => AliasExtractor.ShortTitle(a.Title) is not null).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var automaton = new NameAutomaton(targets.Select(t => t.Title));
        foreach (var article in articles)
        {
            var text = article.PlainSummary;
            foreach (var match in automaton.Find(text))
            {
                var after = match.Start + match.Length;
                if (!text.AsSpan(after).StartsWith(", ", StringComparison.Ordinal) || ProperNames.RunAfter(text, after + 2, maxWords: 6) is not { } label)
                {
                    continue;
                }

                var target = targets[match.Name];
                var firstWord = FirstWord(AliasExtractor.ShortTitle(target.Title)!);
                var labelKey = TextFold.Key(label);
                var isFree = !owners.TryGetValue(labelKey, out var ids) || ids.SetEquals([target.Id]);
                if (isFree && FirstWord(label) == firstWord)
                {
                    AddAlias(target, aliases[target.Id], label, AliasOrigin.LinkLabel);
                }
            }
        }
    }

    private static string FirstWord(string name) => TextFold.Key(name).Split(' ')[0];

    /// <summary>Adds a name other summaries give an article, unless an editor fixed its aliases or it has it already.</summary>
    private static void AddAlias(LinkInput article, List<AliasCandidate> aliases, string name, AliasOrigin origin)
    {
        var candidate = new AliasCandidate(name, origin);
        if (!article.AliasesFixed && AliasExtractor.Distinct(aliases.Append(candidate), article.Title).Count > aliases.Count)
        {
            aliases.Add(candidate);
        }
    }
}
