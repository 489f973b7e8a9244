using System.Text.RegularExpressions;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>The kind an article was given and the evidence, in words, that decided it.</summary>
public sealed record KindDecision(ArticleKind Kind, string Evidence, bool IsFallback);

/// <summary>
/// Part of stage 4 (the merge): decides an article's kind from its title and opening sentences by weighing the
/// evidence in <see cref="KindRules"/>; ties go to the kind listed first there.
/// </summary>
public static partial class KindClassifier
{
    private static readonly (Regex Pattern, Dictionary<string, ArticleKind> Kinds) s_titleWords = Build(KindRules.TitleWords);
    private static readonly (Regex Pattern, Dictionary<string, ArticleKind> Kinds) s_leadNouns = Build(KindRules.LeadNouns);
    private static readonly (Regex Pattern, Dictionary<string, ArticleKind> Kinds) s_definitionNouns = Build(
        KindRules.LeadNouns.Keys.Union(KindRules.DefinitionNouns.Keys).ToDictionary(
            kind => kind,
            kind => KindRules.LeadNouns.GetValueOrDefault(kind, []).Concat(KindRules.DefinitionNouns.GetValueOrDefault(kind, [])).ToArray()));
    private static readonly Regex s_lifeMarkers = new(KindRules.LifeMarkers, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_pronouns = new(KindRules.PersonPronouns, RegexOptions.CultureInvariant);
    private static readonly Regex s_tookPlace = new(KindRules.TookPlace, RegexOptions.CultureInvariant);

    public static KindDecision Classify(string title, string summary)
    {
        var scores = new Dictionary<ArticleKind, int>();
        var evidence = new List<(ArticleKind Kind, int Weight, string Why)>();

        void Add(ArticleKind kind, int weight, string why)
        {
            scores[kind] = scores.GetValueOrDefault(kind) + weight;
            evidence.Add((kind, weight, why));
        }

        var foldedTitle = TextFold.Fold(title);
        var titleWords = s_titleWords.Pattern.Matches(foldedTitle);
        foreach (var group in titleWords.GroupBy(m => s_titleWords.Kinds[m.Value]))
        {
            Add(group.Key, KindRules.TitleWeight, $"the title says “{title.Substring(group.First().Index, group.First().Length)}”");
        }

        // The word that ends the title (before a number or a bracket) is what it names: "Security Council Resolution 2085"; so is
        // the word that opens it before "of": "Death of Idriss Déby", "Siege of Djibo".
        var head = titleWords.LastOrDefault() is { } last && TitleEnd().IsMatch(foldedTitle.AsSpan(last.Index + last.Length)) ? last
            : titleWords.FirstOrDefault() is { Index: 0 } first && foldedTitle.AsSpan(first.Length).StartsWith(" of ", StringComparison.Ordinal) ? first : null;
        if (head is not null)
        {
            scores[s_titleWords.Kinds[head.Value]] += KindRules.TitleHeadWeight;
        }

        var sentences = Sentences.SplitText(summary).Take(3).ToList();
        var opening = string.Join(' ', sentences);
        var lead = LeadClause(sentences);
        if (lead is not null && HeadNoun(lead) is { } noun)
        {
            var defined = s_definitionNouns.Kinds[noun.Value];
            // "a campaign launched … by Oby Ezekwesili and other activists to demand the release of …": people who campaign, not a fight.
            if (noun.Value == "campaign" && Advocacy().IsMatch(lead))
            {
                defined = ArticleKind.Group;
            }

            var named = head is null ? defined : s_titleWords.Kinds[head.Value];
            // ("Al Jazirah State is one of the 18 states of Sudan": the plural after "one of the" is the title's word too.)
            if (head is not null && (head.Value == noun.Value || head.Value + "s" == noun.Value) && named != defined)
            {
                // "Borno State is a state in north-eastern Nigeria": the title's word meant what the definition says.
                var moved = KindRules.TitleHeadWeight;
                if (titleWords.Count(m => s_titleWords.Kinds[m.Value] == named) == 1)
                {
                    moved += KindRules.TitleWeight;
                    evidence.RemoveAll(e => e.Kind == named && e.Weight == KindRules.TitleWeight);
                }

                scores[named] -= moved;
                Add(defined, moved, $"the title's “{title.Substring(head.Index, head.Length)}” is what the first sentence defines");
            }

            Add(defined, KindRules.LeadNounWeight, $"the first sentence calls it “{lead.Substring(noun.Index, noun.Length)}”");
        }

        if (sentences.Count > 0 && s_tookPlace.IsMatch(sentences[0]))
        {
            Add(ArticleKind.Event, KindRules.TookPlaceWeight, "the first sentence says it took place");
        }

        if (s_lifeMarkers.Match(opening) is { Success: true } life)
        {
            Add(ArticleKind.Person, KindRules.LifeMarkerWeight, $"the summary gives a birth or death: “{life.Value.TrimStart('(').Split(' ')[0]}”");
        }

        if (s_pronouns.Match(opening) is { Success: true } pronoun)
        {
            Add(ArticleKind.Person, KindRules.PronounWeight, $"the summary says “{pronoun.Value}”");
        }

        var firstTwo = TextFold.Fold(string.Join(' ', sentences.Take(2)));
        foreach (var group in s_leadNouns.Pattern.Matches(firstTwo).GroupBy(m => s_leadNouns.Kinds[m.Value]))
        {
            scores[group.Key] = scores.GetValueOrDefault(group.Key) + KindRules.OpeningWordWeight;
        }

        if (evidence.Count == 0)
        {
            var fallback = scores.Count > 0 ? Best(scores) : KindRules.Fallback;
            return new KindDecision(fallback, scores.Count > 0
                ? $"no title word or defining sentence; the opening mentions {fallback.Name()} words most"
                : $"no evidence in the title or opening; filed as {fallback.Name()}", IsFallback: scores.Count == 0);
        }

        var kind = Best(scores);
        var reasons = evidence.Where(e => e.Kind == kind).Select(e => e.Why);
        return new KindDecision(kind, string.Join("; ", reasons), IsFallback: false);
    }

    private static ArticleKind Best(Dictionary<ArticleKind, int> scores) =>
        scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First().Key;

    /// <summary>What follows the first "is a", "was the", "are", ... of the opening: the subject's definition.</summary>
    private static string? LeadClause(List<string> sentences)
    {
        foreach (var sentence in sentences.Take(2))
        {
            var copula = Copula().Match(sentence);
            // "The Agreement … was signed on 15 May 2015 by the Malian government and the Platform", "She was held for almost four years":
            // a passive says what was done, not what it is.
            if (copula.Success && !Passive().IsMatch(sentence.AsSpan(copula.Index + copula.Length)))
            {
                return sentence[(copula.Index + copula.Length)..];
            }
        }

        return null;
    }

    /// <summary>
    /// The kind noun that heads the definition: the last one before the first preposition or
    /// relative pronoun ("a Salafi Jihadist organisation in the Maghreb" gives "organisation"),
    /// else the first one anywhere in it ("part of Gao Region" gives "Region").
    /// </summary>
    private static Match? HeadNoun(string clause)
    {
        var folded = TextFold.Fold(clause);
        var end = HeadPhraseEnd().Match(folded) is { Success: true } stop ? stop.Index : folded.Length;
        var nouns = s_definitionNouns.Pattern.Matches(folded);
        // ("were suicide car bombings carried out … by the Movement for Oneness …": not a noun of whoever did it.)
        var byAt = folded.IndexOf(" by ", StringComparison.Ordinal);
        return nouns.LastOrDefault(n => n.Index + n.Length <= end) ?? nouns.FirstOrDefault(n => byAt < 0 || n.Index < byAt);
    }

    private static (Regex, Dictionary<string, ArticleKind>) Build(IReadOnlyDictionary<ArticleKind, string[]> table)
    {
        var kinds = new Dictionary<string, ArticleKind>(StringComparer.Ordinal);
        foreach (var (kind, words) in table)
        {
            foreach (var word in words)
            {
                kinds.TryAdd(TextFold.Fold(word), kind);
            }
        }

        // Longest first, so "militant group" wins over "militant" at the same place.
        var alternatives = kinds.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        var pattern = new Regex($@"(?<![\w'-])(?:{string.Join('|', alternatives)})(?![\w'-])", RegexOptions.CultureInvariant);
        return (pattern, kinds);
    }

    [GeneratedRegex(@"\s(?:of|in|from|by|for|to|that|who|which|whose|with|against|between|during|on|at|based|led|formed|founded|active|operating|created|established)\b|[.;:()]", RegexOptions.CultureInvariant)]
    private static partial Regex HeadPhraseEnd();

    [GeneratedRegex(@"\b(?:activists|campaigners|civil society|advocacy)\b|\bto\s+(?:demand|call\s+for|press\s+for|raise\s+awareness)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Advocacy();

    [GeneratedRegex(@"^(?:\s+\d+)?(?:\s*\([^()]*\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"\b(?:is|was|are|were)\s+(?:(?:officially|formerly|also|currently|now)\s+)?(?:an?|the)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Copula();

    [GeneratedRegex(@"^\s*(?:(?:then|later|first|jointly|formally|officially)\s+)?(?:\p{Ll}+ed|held|taken|shot|fought|won|lost|hit|struck|built|found|made|led|sent|brought|caught|given|seen|kept|beaten|overrun|overthrown|driven|thrown|freed|set\s+up)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Passive();
}
