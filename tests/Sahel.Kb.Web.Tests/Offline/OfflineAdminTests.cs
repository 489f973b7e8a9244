using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Web.Offline;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Offline;

/// <summary>The admin page "Offline edition": a build in the background, then its two files to download.</summary>
public sealed class OfflineAdminTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    [Fact]
    public async Task An_admin_builds_the_edition_and_downloads_the_zim_file_and_the_zipped_site()
    {
        using var admin = await factory.SignInAdminAsync();
        var before = await admin.GetDocumentAsync("/admin/offline");
        Assert.Contains("None yet.", before.Body!.TextContent, StringComparison.Ordinal);

        using var start = await admin.SubmitAsync("/admin/offline", "main form", []);
        await factory.Services.GetRequiredService<OfflineEditions>().WhenBuiltAsync();
        var after = await admin.GetDocumentAsync("/admin/offline");
        using var zim = await admin.GetAsync(new Uri("/admin/offline?handler=Zim", UriKind.Relative));
        using var zip = await admin.GetAsync(new Uri("/admin/offline?handler=Zip", UriKind.Relative));
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Null(after.QuerySelector("p.errors"));
        Assert.Equal(["sahel-kb.zim", "sahel-kb-site.zip"], after.QuerySelectorAll("main li a").Select(a => a.TextContent));
        Assert.Equal("application/x-zim", zim.Content.Headers.ContentType?.MediaType);
        // A ZIM file begins with its magic number, 72173914 little-endian.
        Assert.Equal([0x5A, 0x49, 0x4D, 0x04], (await zim.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Contains(archive.Entries, e => e.FullName == "index.html");
        Assert.Contains(archive.Entries, e => e.FullName == "articles/minusma.html");
    }

    [Fact]
    public async Task A_reader_cannot_build_or_download_it()
    {
        using var reader = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var page = await reader.GetAsync(new Uri("/admin/offline", UriKind.Relative));
        using var file = await reader.GetAsync(new Uri("/admin/offline?handler=Zim", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", page.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, file.StatusCode);
    }
}
