using Sahel.Kb.Browse;
using Sahel.Kb.Domain;
using Sahel.Kb.Tests.Search;

namespace Sahel.Kb.Tests.Browse;

public sealed class TimelineTests(SqliteSearchCorpus corpus) : IClassFixture<SqliteSearchCorpus>
{
    private async Task<IReadOnlyList<TimelineEntry>> LoadAsync(IEnumerable<ArticleKind>? kinds = null, int? from = null, int? to = null)
    {
        await using var db = corpus.Database.CreateContext();
        var filter = new TimelineFilter((kinds ?? ArticleKinds.All).ToHashSet(), from, to);
        var entries = await Timeline.LoadAsync(db, filter, 0, 1000);
        Assert.Equal(entries.Count, await Timeline.CountAsync(db, filter));
        return entries;
    }

    [Fact]
    public async Task Entries_are_in_chronological_order_and_a_year_only_date_sits_at_the_head_of_its_year()
    {
        var entries = await LoadAsync();

        Assert.Equal(entries.Select(e => e.Value).Order(StringComparer.Ordinal), entries.Select(e => e.Value));
        var born = entries.Single(e => e.Slug == "iyad-ag-ghaly");
        Assert.Equal(("1954", "1954", "Born"), (born.Value, born.Text, born.What));
        var region = entries.Single(e => e.Slug == "kidal-region");
        Assert.Equal("1991", region.Text);
    }

    [Fact]
    public async Task An_events_start_and_end_are_one_range_and_its_start_needs_no_label()
    {
        var entries = await LoadAsync([ArticleKind.Event]);

        var battle = Assert.Single(entries, e => e.Slug == "battle-of-kidal-2023");
        Assert.Equal(("10–14 November 2023", null), (battle.Text, battle.What));
        var tinzaouaten = Assert.Single(entries, e => e.Slug == "battle-of-tinzaouaten");
        Assert.Equal("25–27 July 2024", tinzaouaten.Text);
        Assert.All(entries, e => Assert.Equal(ArticleKind.Event, e.Kind));
    }

    [Fact]
    public async Task Other_kinds_dates_show_with_what_happened_and_filter_by_kind_and_years()
    {
        var agreements = await LoadAsync([ArticleKind.Agreement]);
        Assert.Equal(["Signed", "Signed", "Ended"], agreements.Select(e => e.What));

        var recent = await LoadAsync(from: 2021, to: 2023);
        Assert.NotEmpty(recent);
        Assert.All(recent, e => Assert.InRange(int.Parse(e.Year, System.Globalization.CultureInfo.InvariantCulture), 2021, 2023));
        Assert.Contains(recent, e => e.Slug == "2021-malian-coup-detat");
        Assert.DoesNotContain(recent, e => e.Slug == "iyad-ag-ghaly");
    }
}
