using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Sahel.Kb.Web.Localization;

/// <summary>
/// The interface's words: English as written in the pages, French from <see cref="French"/>. A
/// phrase without a French text shows in English (the test <c>UiTests</c> lists the pages' phrases
/// and fails on any without one).
/// </summary>
public sealed class Ui : IStringLocalizer
{
    public LocalizedString this[string name] =>
        Languages.IsFrench && French.TryGetValue(name, out var french) ? new(name, french) : new(name, name, resourceNotFound: Languages.IsFrench);

    public LocalizedString this[string name, params object[] arguments] =>
        this[name] is var text ? new(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound) : default!;

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => French.Select(p => new LocalizedString(p.Key, p.Value));

    /// <summary>Each English phrase of the interface, and its French.</summary>
    public static readonly IReadOnlyDictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Layout
        ["Skip to content"] = "Aller au contenu",
        ["Lists"] = "Listes",
        ["A–Z"] = "A–Z",
        ["Events"] = "Événements",
        ["Regions"] = "Régions",
        ["Groups"] = "Groupes",
        ["People"] = "Personnes",
        ["Agreements"] = "Accords",
        ["Event"] = "Événement",
        ["Region"] = "Région",
        ["Group"] = "Groupe",
        ["Person"] = "Personne",
        ["Agreement"] = "Accord",
        ["Timeline"] = "Chronologie",
        ["Wanted"] = "Demandés",
        ["Search articles"] = "Rechercher des articles",
        ["Title, alias or words"] = "Titre, alias ou mots",
        ["Search"] = "Rechercher",
        ["Admin sign in"] = "Connexion administrateur",
        ["Random article"] = "Article au hasard",
        ["Recent changes"] = "Modifications récentes",
        ["JSON API"] = "API JSON",
        ["Language"] = "Langue",
        ["Sahel KB: articles built from saved encyclopedia pages, linked to each other by the names they mention."] =
            "Sahel KB : des articles tirés de pages d’encyclopédie enregistrées, reliés entre eux par les noms qu’ils citent.",

        // Article page
        ["Breadcrumb"] = "Fil d’Ariane",
        ["Summary"] = "Résumé",
        ["Facts"] = "Faits",
        ["Kind"] = "Type",
        ["Also known as"] = "Autres noms",
        ["Evidence"] = "Source du fait",
        ["Continue reading on Wikipedia"] = "Lire la suite sur Wikipédia",
        ["(external site)"] = "(site externe)",
        ["Related items"] = "Articles liés",
        ["No related items yet."] = "Pas encore d’articles liés.",
        ["Neighbourhood"] = "Voisinage",
        ["What links here"] = "Pages qui pointent ici",
        ["Sources"] = "Sources",
        ["Elsewhere"] = "Ailleurs",
        ["Cite this page"] = "Citer cette page",
        ["Last updated"] = "Dernière mise à jour",
        ["Edit"] = "Modifier",
        ["History"] = "Historique",
        ["No other article mentions {0} yet."] = "Aucun autre article ne cite encore {0}.",

        // Facts, by what a statement says, and read the other way round
        ["Participants"] = "Participants",
        ["Took part in"] = "A pris part à",
        ["Carried out by"] = "Mené par",
        ["Carried out"] = "A mené",
        ["Location"] = "Lieu",
        ["Events here"] = "Événements ici",
        ["Located in"] = "Situé dans",
        ["Places within"] = "Lieux situés ici",
        ["Part of"] = "Fait partie de",
        ["Parts"] = "Parties",
        ["Members"] = "Membres",
        ["Member of"] = "Membre de",
        ["Follows"] = "Fait suite à",
        ["Followed by"] = "Suivi de",
        ["Replaces"] = "Remplace",
        ["Replaced by"] = "Remplacé par",
        ["Founded by"] = "Fondé par",
        ["Founder of"] = "Fondateur de",
        ["Led by"] = "Dirigé par",
        ["Leader of"] = "Dirigeant de",
        ["Merged into"] = "Fusionné dans",
        ["Merged from"] = "Né de la fusion de",
        ["Signatories"] = "Signataires",
        ["Born in"] = "Né à",
        ["Birthplace of"] = "Lieu de naissance de",
        ["Died in"] = "Mort à",
        ["Place of death of"] = "Lieu de décès de",
        ["Positions"] = "Fonctions",
        ["Held by"] = "Occupé par",
        ["Created from"] = "Créé à partir de",
        ["Gave"] = "A donné naissance à",

        // Dates
        ["Date"] = "Date",
        ["Began"] = "Début",
        ["Ended"] = "Fin",
        ["Born"] = "Naissance",
        ["Died"] = "Mort",
        ["Founded"] = "Fondation",
        ["Dissolved"] = "Dissolution",
        ["Signed"] = "Signature",
    };
}
