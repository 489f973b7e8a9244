using System.Text;
using Sahel.Kb.Import;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// Files no one would write on purpose: each is imported or refused with one line naming the
/// file, never a crash, and a refused file leaves the database as it was.
/// </summary>
public sealed class PathologicalFileTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-pathological-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_page_of_200000_nested_elements_is_refused_before_it_is_parsed()
    {
        var path = Write("deep.html", NestedPage(200_000));

        var error = await Assert.ThrowsAsync<ImportException>(() => _database.ImportAsync(path));

        Assert.Equal("deep.html: line 3: the page nests elements more than 1,000 deep (Kb:Import:MaxHtmlDepth)", error.Message);
    }

    [Fact]
    public async Task Nesting_within_the_limit_and_end_tags_left_out_import_as_usual()
    {
        var unclosed = string.Concat(Enumerable.Repeat("<p>Gao Region borders Timbuktu Region.<li>", 3000));
        var path = Write("nested.html", NestedPage(900).Replace("Deep text", unclosed, StringComparison.Ordinal));

        await _database.ImportAsync(path);

        var titles = (await _database.ExportAsync()).Articles.Select(a => a.Title).ToList();
        Assert.Contains("Gao Region", titles);
        Assert.Contains("Timbuktu Region", titles);
    }

    [Theory]
    [InlineData("<!-- a comment that never ends")]
    [InlineData("<script>var never = 'closed';")]
    [InlineData("<")]
    [InlineData("<div")]
    public async Task A_page_that_ends_inside_a_tag_comment_or_script_is_parsed_or_refused_in_one_line(string ending)
    {
        var path = Write("cut.html", "<!DOCTYPE html><html><body><h2>Gao Region</h2><p>Gao Region is a region of Mali.</p>" + ending);

        try
        {
            await _database.ImportAsync(path);
            Assert.Contains("Gao Region", (await _database.ExportAsync()).Articles.Select(a => a.Title));
        }
        catch (ImportException e)
        {
            Assert.StartsWith("cut.html", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_8_mb_paragraph_is_refused_with_the_limit_named()
    {
        await _database.ImportAsync(Files.Seed);
        var before = await _database.ExportJsonAsync();
        var path = Write("long.txt", $"Gao Region\n\nGao Region\n{new string('a', 8 * 1024 * 1024)}\n");

        var error = await Assert.ThrowsAsync<ImportException>(() => _database.ImportAsync(path));

        Assert.StartsWith("long.txt: line 4: the line is 8,388,608 characters, over the limit of", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kb:Import:MaxLineChars", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _database.ExportJsonAsync());
    }

    [Fact]
    public async Task An_8_mb_paragraph_in_html_is_refused_at_its_line()
    {
        var path = Write("long.html", $"<!DOCTYPE html>\n<html><body>\n<h2>Gao Region</h2>\n<p>{new string('a', 8 * 1024 * 1024)}</p>\n</body></html>");

        var error = await Assert.ThrowsAsync<ImportException>(() => _database.ImportAsync(path));

        Assert.StartsWith("long.html: line 4: the line is 8,388,608 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_100000_items_is_refused_with_the_limit_named()
    {
        var page = new StringBuilder("Place 0\n\n");
        for (var i = 0; i < 100_000; i++)
        {
            page.Append("Place ").Append(i).Append("\nPlace ").Append(i).Append(" is a town in Mali.\n[...More Info...]\n\n");
        }

        var path = Write("many.txt", page.ToString());

        var error = await Assert.ThrowsAsync<ImportException>(() => _database.ImportAsync(path));

        Assert.Equal("many.txt: the page has 100,000 items, over the limit of 10,000 (Kb:Import:MaxItemsPerFile)", error.Message);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Write("big.txt", new string('x', 2048));
        await using var db = _database.CreateContext();
        var importer = new SeedImporter(db, new ImportOptions { MaxFileBytes = 1024 }, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SeedImporter>.Instance);

        var error = await Assert.ThrowsAsync<ImportException>(() => importer.ImportAsync([path]));

        Assert.Equal("big.txt: the file is 2,048 bytes, over the limit of 1,024 bytes (Kb:Import:MaxFileBytes)", error.Message);
    }

    [Theory]
    [InlineData("binary.txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 }, "binary.txt: line 1: not a text file")]
    [InlineData("latin1.txt", new byte[] { 0x47, 0x61, 0x6F, 0x0A, 0x53, 0xE9, 0x67, 0x6F, 0x75, 0x0A }, "latin1.txt: line 2: not valid UTF-8 text")]
    [InlineData("empty.txt", new byte[0], "empty.txt: no items found")]
    public async Task A_file_that_is_not_a_seed_page_is_refused_with_one_line(string name, byte[] bytes, string expected)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, bytes);

        var error = await Assert.ThrowsAsync<ImportException>(() => _database.ImportAsync(path));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    /// <summary>Two items, and between them a text inside <paramref name="nesting"/> nested elements.</summary>
    private static string NestedPage(int nesting) =>
        $"""
        <!DOCTYPE html>
        <html><body><h2>Gao Region</h2><p>Gao Region is a region of Mali.</p>
        {string.Concat(Enumerable.Repeat("<div><span>", nesting / 2))}Deep text{string.Concat(Enumerable.Repeat("</span></div>", nesting / 2))}
        <h2>Timbuktu Region</h2><p>Timbuktu Region is a region of Mali, north of Gao Region.</p></body></html>
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
