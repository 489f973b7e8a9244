using Microsoft.Extensions.Logging;
using Sahel.Kb.Data;

namespace Sahel.Kb.Import;

/// <summary>
/// The importer, stage by stage: read (<see cref="SeedReader"/>, HTML through
/// <see cref="HtmlBlocks"/>) → split (<see cref="ItemParser"/>) → draft each page's snippets
/// (<see cref="ArticleDrafter"/>) → then, in the writer's one transaction (<see cref="ArticleWriter"/>),
/// join the titles pages give one article (<see cref="SameArticles"/>) → merge every touched article
/// from all of its snippets (<see cref="ArticleMerge"/>) → link
/// (<see cref="MentionLinker"/>) → statements (<see cref="StatementExtractor"/>) → write. Any bad
/// file stops the import before anything is written.
/// </summary>
public sealed class SeedImporter(KbDbContext db, ImportOptions options, TimeProvider time, ILogger<SeedImporter> logger)
{
    public async Task<ImportReport> ImportAsync(IEnumerable<string> paths, ImportSettings? settings = null, CancellationToken cancellationToken = default)
    {
        var files = SeedReader.FindFiles(paths);
        logger.LogInformation("Read: {Files} seed file(s)", files.Count);

        var reader = new SeedReader(options);
        var documents = new List<SeedDocument>(files.Count);
        foreach (var file in files)
        {
            documents.Add(reader.Read(file));
            settings?.Progress?.Report(new ImportProgress("reading", documents.Count, files.Count));
        }

        logger.LogInformation("Decode: {Lines} lines ({Html} HTML page(s))", documents.Sum(d => d.Lines.Count), documents.Count(d => d.Format == SeedFormat.Html));

        return await ImportAsync(documents, settings, cancellationToken);
    }

    public async Task<ImportReport> ImportAsync(IReadOnlyList<SeedDocument> documents, ImportSettings? settings = null, CancellationToken cancellationToken = default)
    {
        var pages = documents.Select(ItemParser.Parse).ToList();
        if (pages.FirstOrDefault(p => p.Items.Count > options.MaxItemsPerFile) is { } crowded)
        {
            throw new ImportException(crowded.Name, null,
                $"the page has {crowded.Items.Count:N0} items, over the limit of {options.MaxItemsPerFile:N0} (Kb:Import:MaxItemsPerFile)");
        }

        logger.LogInformation("Split: {Items} items on {Pages} page(s)", pages.Sum(p => p.Items.Count), pages.Count);

        settings?.Progress?.Report(new ImportProgress("drafting", 0, 0));
        var plan = ArticleDrafter.Draft(pages);
        logger.LogInformation("Draft: {Snippets} snippets, {Relations} related items", plan.Snippets.Count, plan.Relations.Count);

        var report = await new ArticleWriter(db, time).WriteAsync(plan, settings ?? new ImportSettings(), cancellationToken);
        logger.LogInformation("Write: {Report}", report.ToString());
        foreach (var warning in report.Warnings)
        {
            logger.LogWarning("{Warning}", warning);
        }

        return report;
    }
}
