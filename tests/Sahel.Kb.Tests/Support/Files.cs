namespace Sahel.Kb.Tests.Support;

/// <summary>Paths to the repository's seeds and the fixtures beside these tests.</summary>
public static class Files
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seed => Path.Combine(RepositoryRoot, "seeds", "000_93b557a858d81a10.txt");

    public static string Fixture(string name) => Path.Combine(RepositoryRoot, "tests", "Sahel.Kb.Tests", "Fixtures", name);

    /// <summary>A copy of a file under a new name in a fresh temporary folder (deleted with the process's temp files).</summary>
    public static string CopyAs(string source, string name, Func<string, string>? edit = null)
    {
        var folder = Directory.CreateTempSubdirectory("sahel-kb-seed-").FullName;
        var target = Path.Combine(folder, name);
        if (edit is null)
        {
            File.Copy(source, target);
        }
        else
        {
            File.WriteAllText(target, edit(File.ReadAllText(source)));
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sahel.Kb.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Sahel.Kb.sln not found above the test folder.");
    }
}
