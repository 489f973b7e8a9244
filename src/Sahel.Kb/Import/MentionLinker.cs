using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>
/// An article as the linker sees it: its names and the plain text of its summary. When
/// <see cref="AliasesFixed"/> (an editor set them), its aliases are exactly <see cref="KeptAliases"/>.
/// <see cref="OtherTexts"/>: what other seed pages say of it, read for the aliases they state.
/// </summary>
public sealed record LinkInput(int Id, string Title, string PlainSummary, IReadOnlyList<AliasCandidate> KeptAliases, bool AliasesFixed = false, IReadOnlyList<string>? OtherTexts = null);

public sealed record LinkedMention(int SourceId, int TargetId, string Text, int Position, string Sentence);

public sealed record LinkedWanted(int ArticleId, string Name, string Key, string Sentence);

/// <summary>A name found in an article's other text (what another seed page says of it): where it stands, and the article it names.</summary>
public sealed record OtherTextMention(int ArticleId, int Text, int Start, int Length, int TargetId);

/// <summary>
/// What linking every article with every other gives. <see cref="OtherMentions"/>: the names in
/// each article's <see cref="LinkInput.OtherTexts"/> (by their index there), for the statements they state.
/// </summary>
public sealed record LinkResult(
    IReadOnlyDictionary<int, List<AliasCandidate>> Aliases,
    IReadOnlyList<LinkedMention> Mentions,
    IReadOnlyList<LinkedWanted> Wanted,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<OtherTextMention>? OtherMentions = null);

/// <summary>
/// Stage 5: over all articles at once, gathers every name (titles and aliases, including those
/// other summaries give: "Coordination of Azawad Movements (CMA)", "Algiers Accords (2015),
/// Algiers Agreement"), then finds every name in every summary with one automaton pass each.
/// A name shared by two articles links neither and is reported. Capitalised runs that match no
/// name become wanted names.
/// </summary>
public static partial class MentionLinker
{
    public static LinkResult Link(IReadOnlyList<LinkInput> articles)
    {
        var warnings = new List<string>();
        var aliases = articles.ToDictionary(
            a => a.Id,
            a => AliasExtractor.Distinct(
                a.AliasesFixed
                    ? a.KeptAliases
                    : a.KeptAliases.Concat(AliasExtractor.Extract(a.Title, a.PlainSummary)).Concat((a.OtherTexts ?? []).SelectMany(text => AliasExtractor.Extract(a.Title, text))),
                a.Title));
        var owners = NameOwners(articles, aliases);

        AddAcronymsDefinedElsewhere(articles, aliases, owners);
        AddLinkLabels(articles, aliases, owners);
        owners = NameOwners(articles, aliases);

        var names = new List<(string Key, int Owner)>();
        foreach (var (key, ids) in owners.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            if (ids.Count == 1)
            {
                names.Add((key, ids.First()));
            }
            else
            {
                warnings.Add($"the name \"{key}\" belongs to {ids.Count} articles; it links to none of them");
            }
        }

        var automaton = new NameAutomaton(names.Select(n => n.Key));
        var mentions = new List<LinkedMention>();
        var wanted = new List<LinkedWanted>();
        var otherMentions = new List<OtherTextMention>();
        foreach (var article in articles)
        {
            for (var other = 0; other < (article.OtherTexts?.Count ?? 0); other++)
            {
                otherMentions.AddRange(automaton.Find(article.OtherTexts![other])
                    .Where(m => names[m.Name].Owner != article.Id)
                    .Select(m => new OtherTextMention(article.Id, other, m.Start, m.Length, names[m.Name].Owner)));
            }

            var text = article.PlainSummary;
            var matches = automaton.Find(text);
            foreach (var match in matches)
            {
                var target = names[match.Name].Owner;
                if (target != article.Id)
                {
                    mentions.Add(new LinkedMention(article.Id, target, text.Substring(match.Start, match.Length), match.Start, Sentences.Around(text, match.Start)));
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var ownNames = aliases[article.Id].Select(a => TextFold.Key(a.Name)).Append(TextFold.Key(article.Title)).ToList();
            foreach (var (run, start) in FindCapitalisedRuns(text, matches))
            {
                // "Prime Minister Moctar Ouane" wants Moctar Ouane; "Salafi Jihadist" and a bare "Vice President" want nothing.
                if (WantedNameRules.NameIn(run) is not { } name)
                {
                    continue;
                }

                // "Ag Ghaly was formerly a musician": a part of the article's own name is no wanted article.
                var key = TextFold.Key(name);
                if (!owners.ContainsKey(key) && !ownNames.Any(own => $" {own} ".Contains($" {key} ", StringComparison.Ordinal)) && seen.Add(WantedName.CreateKey(name)))
                {
                    wanted.Add(new LinkedWanted(article.Id, name, WantedName.CreateKey(name), Sentences.Around(text, start)));
                }
            }
        }

        return new LinkResult(aliases, mentions, wanted, warnings, otherMentions);
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

    /// <summary>"... between the Republic of Mali and Coordination of Azawad Movements (CMA)": CMA names that article.</summary>
    private static void AddAcronymsDefinedElsewhere(IReadOnlyList<LinkInput> articles, Dictionary<int, List<AliasCandidate>> aliases, Dictionary<string, HashSet<int>> owners)
    {
        var byId = articles.ToDictionary(a => a.Id);
        foreach (var article in articles)
        {
            foreach (var definition in AliasExtractor.FindAcronymDefinitions(article.PlainSummary))
            {
                if (owners.TryGetValue(TextFold.Key(definition.Name), out var ids) && ids.Count == 1)
                {
                    var owner = ids.First();
                    foreach (var acronym in definition.Acronyms)
                    {
                        AddAlias(byId[owner], aliases[owner], acronym, AliasOrigin.Acronym);
                    }
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

    /// <summary>Runs of capitalised words within a sentence, outside any name already matched.</summary>
    internal static IEnumerable<(string Name, int Start)> FindCapitalisedRuns(string text, IReadOnlyList<NameMatch> taken)
    {
        var takenIndex = 0;
        var run = new List<(string Word, int Start)>();
        foreach (var (sentenceStart, sentenceLength) in Sentences.Split(text))
        {
            foreach (Match token in Token().Matches(text.Substring(sentenceStart, sentenceLength)))
            {
                var word = TokenWord().Match(token.Value);
                var bare = word.Groups["word"].Value;
                var start = sentenceStart + token.Index + word.Groups["word"].Index;
                while (takenIndex < taken.Count && taken[takenIndex].Start + taken[takenIndex].Length <= start)
                {
                    takenIndex++;
                }

                var isTaken = takenIndex < taken.Count && taken[takenIndex].Start < start + Math.Max(1, bare.Length);
                var usable = word.Success && !isTaken;
                if (!usable || word.Groups["open"].Length > 0)
                {
                    foreach (var name in Flush(run))
                    {
                        yield return name;
                    }
                }

                var isName = usable && !WantedNameRules.NotNames.Contains(bare) && !char.IsDigit(bare[0]) && ProperNames.IsNameWord(bare);
                var isParticle = usable && run.Count > 0 && ProperNames.Particles.Contains(bare);
                if (isName || isParticle)
                {
                    run.Add((bare, start));
                }

                if (!(isName || isParticle) || word.Groups["stop"].Length > 0 || word.Groups["possessive"].Length > 0)
                {
                    foreach (var name in Flush(run))
                    {
                        yield return name;
                    }
                }
            }

            foreach (var name in Flush(run))
            {
                yield return name;
            }
        }
    }

    private static IEnumerable<(string Name, int Start)> Flush(List<(string Word, int Start)> run)
    {
        var accepted = Accept(run);
        run.Clear();
        return accepted is { } name ? [name] : [];
    }

    private static (string Name, int Start)? Accept(List<(string Word, int Start)> run)
    {
        var words = run.ToList();
        while (words.Count > 0 && ProperNames.Particles.Contains(words[^1].Word))
        {
            words.RemoveAt(words.Count - 1);
        }

        var nameWords = words.Count(w => !ProperNames.Particles.Contains(w.Word));
        var isName = nameWords is >= WantedNameRules.MinWords and <= WantedNameRules.MaxWords ||
            nameWords == 1 && words[0].Word.Length >= WantedNameRules.MinAcronymLength && ProperNames.IsAcronym(words[0].Word);
        return isName && !words.All(w => char.IsDigit(w.Word[0]))
            ? (string.Join(' ', words.Select(w => w.Word)), words[0].Start)
            : null;
    }

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>A word with its surrounding punctuation: an opening mark starts a new name, a closing mark ends one.</summary>
    [GeneratedRegex(@"^(?<open>[(""“'‘\[]*)(?<word>[\p{L}\p{N}][\p{L}\p{N}'’.-]*?)(?<possessive>['’]s)?(?<stop>[,.;:)""”'’!?…\]]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenWord();
}
