using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;
using Sahel.Kb.Web.Prepared;

namespace Sahel.Kb.Web.Offline;

/// <summary>How far an export is: pages written of the pages known so far.</summary>
public sealed record ExportProgress(int Done, int Total);

/// <summary>What an export wrote: pages, files and bytes, and how long it took.</summary>
public sealed record SiteExport(string Folder, int Pages, long Bytes, TimeSpan Took);

/// <summary>
/// Writes every reader page as static HTML with relative links — home, every article, the A–Z and
/// kind lists, wanted names, the timeline and a search page — rendered by the site's own pages
/// (<see cref="PageRenderer"/>), with the stylesheet and a search index for a small script. Links
/// to what the edition does not hold (signing in, the API, the language switch) keep their text
/// and lose their address; the site's scripts, which ask the API, are left out.
/// </summary>
public sealed partial class SiteExporter(
    PageRenderer renderer,
    IServiceScopeFactory scopes,
    IWebHostEnvironment environment,
    IOptions<PreparedPagesOptions> options,
    ILogger<SiteExporter> logger)
{
    public const string IndexScript = "search-index.js";
    private const string SearchScript = "/js/offline-search.js";
    private const string Stylesheet = "/css/site.css";
    private const string Language = "en";

    private PageRenderer Renderer => renderer;

    private IServiceScopeFactory Scopes => scopes;

    private IWebHostEnvironment Environment => environment;

    private ILogger Logger => logger;

    public async Task<SiteExport> ExportAsync(string folder, IProgress<ExportProgress>? progress = null, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var asset in (string[])[Stylesheet, SearchScript])
        {
            // Without them the edition would be written unstyled and unsearchable, and say nothing.
            if (!environment.WebRootFileProvider.GetFileInfo(asset).Exists)
            {
                throw new InvalidOperationException($"The site's {asset} is not under its web root ({environment.WebRootPath}): start the app from its own folder or give --contentRoot.");
            }
        }

        Directory.CreateDirectory(folder);
        var run = new Run(this, folder, new Uri(options.Value.Origin ?? "http://localhost"), cancellationToken);
        var batch = await run.KnownPagesAsync();
        await WriteSearchIndexAsync(Path.Combine(folder, IndexScript), cancellationToken);
        while (batch.Count > 0)
        {
            await Parallel.ForEachAsync(
                batch,
                new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : System.Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (page, _) =>
                {
                    await run.WriteAsync(page);
                    progress?.Report(new ExportProgress(run.Done, run.Total));
                });
            batch = run.TakeDiscovered();
        }

        var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var took = Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Exported {Pages} pages ({Bytes:N0} bytes) to {Folder} in {Seconds:F1} s", run.Done, bytes, folder, took.TotalSeconds);
        return new SiteExport(folder, run.Done, bytes, took);
    }

    /// <summary>
    /// The search index, a script (a page opened from <c>file://</c> may not fetch a JSON file):
    /// every article's title, aliases, kind, file and first sentence, and every wanted name, with
    /// the names and text folded as the server folds them.
    /// </summary>
    private async Task WriteSearchIndexAsync(string file, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
        var articles = await db.Articles.AsNoTracking()
            .OrderBy(a => a.Title)
            .Select(a => new { a.Slug, a.Title, a.Kind, a.PlainSummary, Aliases = a.Aliases.Select(x => x.Name).ToList() })
            .ToListAsync(cancellationToken);
        // Names the articles give that have no article yet ("Assimi Goïta"), each under its most frequent spelling.
        var wanted = (await db.WantedNames.AsNoTracking().Select(w => new { w.Key, w.Name }).ToListAsync(cancellationToken))
            .GroupBy(w => w.Key)
            .Select(g => (Key: g.Key, Name: g.CountBy(w => w.Name).MaxBy(c => c.Value).Key, Count: g.Count()))
            .OrderBy(w => w.Name, StringComparer.Ordinal);
        await using var stream = File.Create(file);
        await stream.WriteAsync("window.SAHEL_KB_INDEX = "u8.ToArray(), cancellationToken);
        await JsonSerializer.SerializeAsync(
            stream,
            articles.Select(a => new SearchEntry(
                    a.Title,
                    TextFold.Key(a.Title),
                    [.. a.Aliases.Select(TextFold.Key)],
                    a.Kind.Label(),
                    OfflinePaths.File($"/articles/{a.Slug}"),
                    Sentences.Lead(a.PlainSummary, maxLength: 160),
                    TextFold.Fold(a.PlainSummary.Length > 600 ? a.PlainSummary[..600] : a.PlainSummary)))
                .Concat(wanted.Select(w => new SearchEntry(
                    w.Name,
                    TextFold.Key(w.Name),
                    [],
                    "no article yet",
                    OfflinePaths.File($"/wanted/{w.Key}"),
                    $"Named in {w.Count} {(w.Count == 1 ? "article" : "articles")}.",
                    "",
                    Wanted: true))),
            cancellationToken: cancellationToken);
        await stream.WriteAsync(";\n"u8.ToArray(), cancellationToken);
    }

    /// <summary>An entry of the search index, in short names to keep the file small: title, folded title, folded aliases, kind, file, lead, folded text, and whether it is a wanted name.</summary>
    private sealed record SearchEntry(
        [property: JsonPropertyName("t")] string Title,
        [property: JsonPropertyName("f")] string FoldedTitle,
        [property: JsonPropertyName("a")] IReadOnlyList<string> FoldedAliases,
        [property: JsonPropertyName("k")] string Kind,
        [property: JsonPropertyName("u")] string File,
        [property: JsonPropertyName("s")] string Lead,
        [property: JsonPropertyName("x")] string FoldedText,
        [property: JsonPropertyName("w")] bool Wanted = false);

    /// <summary>One export: the pages known, found and written, and the files copied.</summary>
    private sealed class Run(SiteExporter exporter, string folder, Uri origin, CancellationToken cancellationToken)
    {
        /// <summary>Every page seen, with its file, or null when it is not a page (gone, or elsewhere).</summary>
        private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _files = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _assets = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<(string Page, RenderedPage? Rendered)> _discovered = new();
        private readonly HtmlParser _parser = new();
        private int _done;
        private int _total;

        public int Done => Volatile.Read(ref _done);

        public int Total => Volatile.Read(ref _total);

        /// <summary>The pages known before any is read: home, lists, search, every article, kind and wanted name.</summary>
        public async Task<List<(string Page, RenderedPage? Rendered)>> KnownPagesAsync()
        {
            await using var scope = exporter.Scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
            var slugs = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync(cancellationToken);
            var wanted = await db.WantedNames.AsNoTracking().Select(w => w.Key).Distinct().ToListAsync(cancellationToken);
            List<string> pages =
            [
                "/", "/articles", "/timeline", "/wanted", "/search",
                .. ArticleKinds.All.Select(k => $"/kinds/{k.Name()}"),
                .. slugs.Select(s => $"/articles/{s}"),
                .. wanted.Order(StringComparer.Ordinal).Select(w => $"/wanted/{w}"),
            ];
            foreach (var page in pages)
            {
                _files[page] = new(Task.FromResult<string?>(OfflinePaths.File(page)));
            }

            _total = pages.Count;
            return [.. pages.Select(p => (p, (RenderedPage?)null))];
        }

        public List<(string Page, RenderedPage? Rendered)> TakeDiscovered()
        {
            var pages = new List<(string, RenderedPage?)>();
            while (_discovered.TryDequeue(out var page))
            {
                pages.Add(page);
            }

            return pages;
        }

        public async Task WriteAsync((string Page, RenderedPage? Rendered) item)
        {
            var rendered = item.Rendered ?? await RenderAsync(item.Page);
            var file = OfflinePaths.File(item.Page);
            if (rendered.Status != StatusCodes.Status200OK)
            {
                exporter.Logger.LogWarning("{Page} answered {Status}: left out of the offline edition", item.Page, rendered.Status);
                return;
            }

            var document = _parser.ParseDocument(Encoding.UTF8.GetString(rendered.Html));
            await RewriteAsync(document, file);
            if (item.Page == "/search")
            {
                await AddSearchAsync(document, file);
            }

            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // The templates' indentation is a sixth of a page's bytes, which the ZIM packer compresses at length: a line break says as much.
            await File.WriteAllTextAsync(path, Indentation().Replace(document.ToHtml(), ">\n<"), cancellationToken);
            Interlocked.Increment(ref _done);
        }

        private Task<RenderedPage> RenderAsync(string page) => exporter.Renderer.RenderAsync(page, Language, origin, cancellationToken);

        /// <summary>Every address of the page made relative to its file; what the edition does not hold, unlinked.</summary>
        private async Task RewriteAsync(IDocument document, string file)
        {
            foreach (var script in document.QuerySelectorAll("script[src]").ToList())
            {
                script.Remove();
            }

            foreach (var (element, attribute) in document.QuerySelectorAll("a[href], link[href], img[src], form[action]")
                .Select(e => (e, e.LocalName is "img" ? "src" : e.LocalName is "form" ? "action" : "href")).ToList())
            {
                var value = element.GetAttribute(attribute)!;
                var local = Local(value, element.LocalName == "a");
                if (local is null)
                {
                    continue;
                }

                var hash = local.IndexOf('#', StringComparison.Ordinal);
                var (address, fragment) = hash < 0 ? (local, "") : (local[..hash], local[hash..]);
                var target = OfflinePaths.IsAsset(address.Split('?')[0])
                    ? await AssetAsync(address.Split('?')[0])
                    : await PageFileAsync(address);
                if (target is not null)
                {
                    element.SetAttribute(attribute, OfflinePaths.Relative(file, target) + fragment);
                }
                else if (element.LocalName == "a")
                {
                    element.RemoveAttribute(attribute);
                }
                else
                {
                    element.Remove();
                }
            }
        }

        /// <summary>The site-relative address of a link, or null when it leads elsewhere or within the page.</summary>
        private string? Local(string value, bool isLink)
        {
            if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            return isLink && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.GetLeftPart(UriPartial.Authority) == origin.GetLeftPart(UriPartial.Authority)
                ? uri.PathAndQuery + uri.Fragment
                : null;
        }

        private async Task<string?> PageFileAsync(string address, int redirects = 0)
        {
            if (OfflinePaths.Page(address) is not { } page)
            {
                return null;
            }

            return await _files.GetOrAdd(page, p => new(() => DiscoverAsync(p, redirects))).Value;
        }

        /// <summary>A page first seen in a link: read to know whether it is one, and where a redirect leads.</summary>
        private async Task<string?> DiscoverAsync(string page, int redirects)
        {
            var rendered = await RenderAsync(page);
            if (rendered.Status == StatusCodes.Status200OK)
            {
                Interlocked.Increment(ref _total);
                _discovered.Enqueue((page, rendered));
                return OfflinePaths.File(page);
            }

            return rendered.Status is >= 300 and < 400 && rendered.Location is { } location && redirects < 3
                ? await PageFileAsync(location, redirects + 1)
                : null;
        }

        private async Task<string?> AssetAsync(string path)
        {
            var copied = await _assets.GetOrAdd(path, p => new(() => CopyAssetAsync(p))).Value;
            return copied ? path.TrimStart('/') : null;
        }

        private async Task<bool> CopyAssetAsync(string path)
        {
            var source = exporter.Environment.WebRootFileProvider.GetFileInfo(path);
            if (!source.Exists)
            {
                return false;
            }

            var target = Path.Combine(folder, path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var input = source.CreateReadStream();
            await using var output = File.Create(target);
            await input.CopyToAsync(output, cancellationToken);
            return true;
        }

        /// <summary>The search page: the site's form, answered by a script over the index; a note for a browser without scripts.</summary>
        private async Task AddSearchAsync(IDocument document, string file)
        {
            var main = document.QuerySelector("main") ?? document.Body!;
            var results = document.CreateElement("div");
            results.Id = "offline-results";
            results.SetAttribute("aria-live", "polite");
            main.AppendChild(results);
            var noScript = document.CreateElement("noscript");
            noScript.InnerHtml = $"<p>Searching needs JavaScript. Browse the <a href=\"{OfflinePaths.Relative(file, OfflinePaths.File("/articles"))}\">articles from A to Z</a> instead.</p>";
            main.AppendChild(noScript);
            foreach (var source in (string[])[IndexScript, SearchScript.TrimStart('/')])
            {
                var script = document.CreateElement("script");
                script.SetAttribute("src", OfflinePaths.Relative(file, source));
                script.SetAttribute("defer", "");
                document.Head!.AppendChild(script);
            }

            await AssetAsync(SearchScript);
        }
    }

    /// <summary>White space with a line break between two tags (none holds preformatted text on a reader's page).</summary>
    [GeneratedRegex(@">\s*\n\s*<", RegexOptions.CultureInvariant)]
    private static partial Regex Indentation();
}
