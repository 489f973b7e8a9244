namespace Sahel.Kb.Domain;

/// <summary>One run of the importer: what it read and what it changed.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    /// <summary>The files read, one per line.</summary>
    public string Files { get; set; } = "";

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Articles whose mentions changed because names came or went elsewhere.</summary>
    public int Relinked { get; set; }

    /// <summary>Articles no seed page lists any more: flagged, not deleted.</summary>
    public int Removed { get; set; }

    public int Conflicts { get; set; }

    /// <summary>Who ran it: an admin's user name, or "command line".</summary>
    public string StartedBy { get; set; } = "";

    public List<ImportChange> Changes { get; set; } = [];

    /// <summary>Warnings, one per line.</summary>
    public string Warnings { get; set; } = "";
}
