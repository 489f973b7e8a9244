namespace Sahel.Kb.Web;

/// <summary>Configuration section <c>Kb</c>.</summary>
public sealed class KbOptions
{
    public const string Section = "Kb";

    /// <summary>Where the default SQLite database lives, relative to the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>How long the answer to "Re-run seed import" waits for the import before it shows the import's progress instead.</summary>
    public TimeSpan ShowImportProgressAfter { get; set; } = TimeSpan.FromSeconds(2);
}
