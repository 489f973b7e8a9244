namespace Sahel.Kb.Domain;

/// <summary>A dated fact about an article, kept at the precision the text gives and no finer.</summary>
public sealed class ArticleDate
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public DateLabel Label { get; set; }

    /// <summary>ISO 8601 cut to its precision: "1954", "2021-05", "2021-05-24".</summary>
    public required string Value { get; set; }

    public DatePrecision Precision { get; set; }

    /// <summary>The words the date was read from.</summary>
    public string Words { get; set; } = "";
}

public enum DateLabel
{
    Start,
    End,
    Born,
    Died,
    Founded,
    Dissolved,
    Signed,
}

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
