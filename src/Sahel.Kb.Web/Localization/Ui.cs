using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Sahel.Kb.Web.Localization;

/// <summary>
/// The interface's words: English as written in the pages, French from <see cref="French"/>. A
/// phrase without a French text shows in English (the test <c>FrenchTests</c> lists the pages' phrases
/// and fails on any without one).
/// </summary>
public sealed class Ui : IStringLocalizer
{
    public LocalizedString this[string name] =>
        Languages.IsFrench && French.TryGetValue(name, out var french) ? new(name, french) : new(name, name, resourceNotFound: Languages.IsFrench);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

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
        ["Last updated"] = "Mis à jour le",
        ["Imported"] = "Importé le",
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

        // Home, lists, search, timeline, errors
        ["A knowledge base on the conflicts of the Sahel:"] = "Une base de connaissances sur les conflits du Sahel :",
        ["A knowledge base on the conflicts of the Sahel: {0} cross-linked articles on events, regions, groups, people and agreements."] =
            "Une base de connaissances sur les conflits du Sahel : {0} articles reliés entre eux sur des événements, des régions, des groupes, des personnes et des accords.",
        ["{0} articles"] = "{0} articles",
        ["on the events, regions, armed groups, people and agreements of the region, each linked to the articles it names and to those that name it."] =
            "sur les événements, les régions, les groupes armés, les personnes et les accords de la région, chacun relié aux articles qu’il cite et à ceux qui le citent.",
        ["Browse"] = "Parcourir",
        ["All articles, A–Z"] = "Tous les articles, de A à Z",
        ["Every article, A–Z"] = "Tous les articles, de A à Z",
        ["Wanted articles"] = "Articles demandés",
        [": names mentioned that have no article yet"] = " : des noms cités qui n’ont pas encore d’article",
        ["Start here"] = "Pour commencer",
        ["The subjects of the seed pages this knowledge base was built from ({0}); each leads on to its related items."] =
            "Les sujets des pages sources dont cette base est tirée ({0}) ; chacun mène à ses articles liés.",
        ["Recently updated"] = "Mis à jour récemment",
        ["Search Sahel KB's articles by title, alias or words of their summaries."] = "Rechercher dans les articles de Sahel KB par titre, alias ou mots de leur résumé.",
        ["Did you mean"] = "Vouliez-vous dire",
        ["?"] = "\u202F?", // French sets a thin space before a question mark
        ["No articles match"] = "Aucun article ne correspond à",
        ["1 article matches"] = "1 article correspond à",
        ["{0} articles match"] = "{0} articles correspondent à",
        [" among {0}"] = " parmi les {0}",
        ["Filter by kind"] = "Filtrer par type",
        ["All"] = "Tous",
        ["Pages"] = "Pages",
        ["Previous"] = "Précédente",
        ["Next"] = "Suivante",
        ["Page {0} of {1}"] = "Page {0} sur {1}",
        ["The conflicts of the Sahel in order: every dated event, and when groups were founded, agreements signed, people born and died."] =
            "Les conflits du Sahel dans l’ordre : chaque événement daté, la fondation des groupes, la signature des accords, la naissance et la mort des personnes.",
        ["Kinds"] = "Types",
        ["Years"] = "Années",
        ["From"] = "De",
        ["to"] = "à",
        ["Show"] = "Afficher",
        ["Home"] = "Accueil",
        ["Not found"] = "Page introuvable",
        ["There is no page at this address."] = "Il n’y a pas de page à cette adresse.",
        ["There is no page at this address (“{0}”)."] = "Il n’y a pas de page à cette adresse (« {0} »).",
        ["Search the articles"] = "Rechercher dans les articles",
        ["also known as {0}"] = "aussi appelé {0}",
        ["The page could not be shown."] = "La page n’a pas pu être affichée.",
        ["Sign in needed"] = "Connexion requise",
        ["Not allowed"] = "Accès refusé",
        ["Bad request"] = "Requête incorrecte",
        ["Method not allowed"] = "Méthode non autorisée",
        ["Too large"] = "Trop volumineux",
        ["Too many requests"] = "Trop de requêtes",
        ["Something went wrong"] = "Une erreur s’est produite",

        // Wanted names, the A–Z index, the graph, sources
        ["{0} (no article yet)"] = "{0} (pas encore d’article)",
        ["Also written {0}."] = "Aussi écrit {0}.",
        ["From the sentences below, {0}."] = "D’après les phrases ci-dessous, {0}.",
        ["There is no article on {0} yet."] = "Il n’y a pas encore d’article sur {0}.",
        ["One article mentions it:"] = "Un article le cite :",
        ["{0} articles mention it:"] = "{0} articles le citent :",
        ["Search for “{0}”"] = "Rechercher « {0} »",
        ["All wanted articles"] = "Tous les articles demandés",
        ["Name"] = "Nom",
        ["What the text suggests"] = "Ce que suggère le texte",
        ["Mentioned in"] = "Cité dans",
        ["(also {0})"] = "(aussi {0})",
        ["1 article"] = "1 article",
        ["probably a place"] = "sans doute un lieu",
        ["probably a person"] = "sans doute une personne",
        ["probably a group"] = "sans doute un groupe",
        ["probably an event"] = "sans doute un événement",
        ["probably an agreement"] = "sans doute un accord",
        ["Articles under {0}"] = "Articles à la lettre {0}",
        ["Initials"] = "Initiales",
        ["No article is filed under {0} yet."] = "Aucun article n’est encore classé à la lettre {0}.",
        ["1 article."] = "1 article.",
        ["{0} articles."] = "{0} articles.",
        ["Links around {0}: its related items and the articles it mentions or is mentioned by"] = "Les liens autour de {0} : ses articles liés et les articles qu’il cite ou qui le citent",
        [" (the {0} strongest)"] = " (les {0} plus forts)",
        ["Mentions, related items"] = "Mentions, articles liés",
        ["Took part, signed"] = "A pris part, a signé",
        ["Part or member of"] = "Partie ou membre de",
        ["Place"] = "Lieu",
        ["Led or founded by"] = "Dirigé ou fondé par",
        ["Follows or replaces"] = "Suit ou remplace",
        ["Drawn from the encyclopedia mirror's Related Items page, imported into Sahel KB:"] = "Tiré de la page « Related Items » du miroir de l’encyclopédie, importée dans Sahel KB :",
        ["Drawn from the encyclopedia mirror's Related Items pages, imported into Sahel KB:"] = "Tiré des pages « Related Items » du miroir de l’encyclopédie, importées dans Sahel KB :",
        ["Related Items of"] = "Articles liés de",
        ["(seed file {0})"] = "(fichier source {0})",

        // Timeline, kinds, names, changes
        ["1 date, earliest first."] = "1 date, la plus ancienne d’abord.",
        ["{0} dates, earliest first."] = "{0} dates, les plus anciennes d’abord.",
        ["A date known only to the year or month is shown as such, at the head of its year or month."] = "Une date connue seulement à l’année ou au mois est donnée telle quelle, en tête de son année ou de son mois.",
        ["in the order they began"] = "dans l’ordre où ils ont commencé",
        ["There are none yet."] = "Il n’y en a pas encore.",
        ["{0} (disambiguation)"] = "{0} (homonymie)",
        ["“{0}” may refer to:"] = "« {0} » peut désigner :",
        ["Search for “{0}” in every article"] = "Rechercher « {0} » dans tous les articles",
        ["Every import of seed pages and every edit by an editor, newest first."] = "Chaque import de pages sources et chaque modification d’un rédacteur, les plus récents d’abord.",
        ["Atom feed"] = "Flux Atom",
        ["Nothing has changed yet."] = "Rien n’a encore changé.",

        // A fact's side and period
        ["side {0}"] = "camp {0}",
        ["from {0}"] = "depuis {0}",
        ["until {0}"] = "jusqu’à {0}",

        // Why an article is related
        ["listed with {0} on a related-items page"] = "cité avec {0} sur une page d’articles liés",
        ["mentions {0}"] = "cite {0}",
        ["mentioned in {0}"] = "cité dans {0}",
        ["both linked with {0} and {1} more"] = "tous deux liés à {0} et {1} autres",
        ["both linked with {0}"] = "tous deux liés à {0}",
        ["and"] = "et",

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
