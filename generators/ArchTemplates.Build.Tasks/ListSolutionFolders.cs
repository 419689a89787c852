using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// Lists the solution's folders (to a depth) and the files under its deploy folder, for the document's
/// Project Structure and Infrastructure sections: one line per entry, <c>d path</c> or <c>f path</c>,
/// '/'-separated and relative to <see cref="Root"/>. In a git work tree only what git keeps is listed (tracked
/// files and those it does not ignore), so the listing is the same on a clean clone as in a working copy with
/// build output. The list file is rewritten only when it changes, so an unchanged solution does not trigger
/// recompilation.
/// </summary>
[Component("Solution Lister", Description = "Lists the solution's folders and deployment files for the Project Structure and Infrastructure sections")]
public sealed class ListSolutionFolders : Task
{
    /// <summary>The documentation root (the folder of architecture.yml).</summary>
    [Required]
    public string Root { get; set; } = string.Empty;

    /// <summary>The file the listing is written to.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <summary>How many folder levels below the root are listed.</summary>
    public int Depth { get; set; } = 3;

    /// <summary>Folder names that are never listed (build output, tool state), separated by ';'.</summary>
    public string Exclude { get; set; } = string.Empty;

    /// <summary>
    /// Folders (relative to the root, ';'-separated) listed even before they exist: those the build writes
    /// into, so that the first build lists the same folders as every later one.
    /// </summary>
    public string Include { get; set; } = string.Empty;

    /// <summary>The folder (relative to the root) whose files are listed individually.</summary>
    public string DeployFolder { get; set; } = "deploy";

    private const int GitTimeoutMilliseconds = 30_000;

    /// <inheritdoc />
    public override bool Execute()
    {
        var excluded = new HashSet<string>(Exclude.Split([';'], StringSplitOptions.RemoveEmptyEntries).Select(name => name.Trim()), StringComparer.OrdinalIgnoreCase);
        var root = Path.GetFullPath(Root);
        var kept = PathsGitKeeps(root, excluded, reason => Log.LogMessage(MessageImportance.Low, $"The Project Structure lists every folder with files, ignored ones included: {reason}."));
        var lines = new List<string>();
        ListFolders(root, root, Depth, excluded, kept, lines);
        foreach (var folder in Include.Split([';'], StringSplitOptions.RemoveEmptyEntries).Select(path => path.Replace('\\', '/').Trim().Trim('/')))
        {
            // The folder and its parents, as far as the listing's depth reaches.
            var parts = folder.Split('/');
            for (var length = 1; length <= Math.Min(parts.Length, Depth); length++)
            {
                var line = "d " + string.Join("/", parts.Take(length));
                if (!parts.Take(length).Any(part => part is "" or "." or "..") && !lines.Contains(line))
                {
                    lines.Add(line);
                }
            }
        }

        var deploy = Path.Combine(root, DeployFolder);
        if (Directory.Exists(deploy))
        {
            lines.AddRange(Directory.EnumerateFiles(deploy, "*", SearchOption.AllDirectories)
                .Where(file => kept?.Contains(Relative(root, file)) ?? !IsExcluded(root, file, excluded))
                .Select(file => "f " + Relative(root, file)));
        }

        lines.Sort(StringComparer.Ordinal);
        var content = string.Join("\n", lines) + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        if (!File.Exists(OutputFile) || File.ReadAllText(OutputFile) != content)
        {
            File.WriteAllText(OutputFile, content);
        }

        return true;
    }

    private static void ListFolders(string root, string folder, int depth, HashSet<string> excluded, HashSet<string>? kept, List<string> lines)
    {
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            // Folders without files are left out: version control does not keep them, so a clean clone has none.
            var relative = Relative(root, child);
            if (IsExcludedName(Path.GetFileName(child), excluded) || !(kept?.Contains(relative) ?? HasFiles(child, excluded)))
            {
                continue;
            }

            lines.Add("d " + relative);
            if (depth > 1)
            {
                ListFolders(root, child, depth - 1, excluded, kept, lines);
            }
        }
    }

    /// <summary>
    /// The files under <paramref name="root"/> that git tracks or does not ignore, and their folders (up to an
    /// excluded one), relative to the root; null, with the reason given to <paramref name="fallBack"/>, when the
    /// root is not in a git work tree, git keeps nothing under it (a solution scaffolded into an ignored folder of
    /// another repository), git fails or takes too long, or git is not installed.
    /// </summary>
    private static HashSet<string>? PathsGitKeeps(string root, HashSet<string> excluded, Action<string> fallBack)
    {
        var start = new ProcessStartInfo("git", "ls-files -z --cached --others --exclude-standard")
        {
            WorkingDirectory = root,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };

        // A git hook that builds (a pre-commit drift check) exports these for its own repository and index;
        // the listing must come from the work tree around the root, as in any other build.
        foreach (var variable in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX" })
        {
            start.EnvironmentVariables.Remove(variable);
        }

        string output;
        try
        {
            using var git = Process.Start(start)!;
            git.ErrorDataReceived += (_, _) => { };
            git.BeginErrorReadLine();
            var reading = git.StandardOutput.ReadToEndAsync();
            if (!git.WaitForExit(GitTimeoutMilliseconds))
            {
                git.Kill();
                fallBack($"git ls-files took longer than {GitTimeoutMilliseconds / 1000} seconds");
                return null;
            }

            output = reading.Result;
            if (git.ExitCode != 0)
            {
                fallBack($"git ls-files exited with code {git.ExitCode} (not a git work tree, or git refused it)");
                return null;
            }
        }
        catch (Win32Exception)
        {
            fallBack("git is not installed");
            return null;
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in output.Split(['\0'], StringSplitOptions.RemoveEmptyEntries))
        {
            // A submodule is listed as one path: its folder is kept, though none of its files is listed.
            var parts = path.Split('/');
            for (var length = 1; length <= parts.Length && !IsExcludedName(parts[length - 1], excluded); length++)
            {
                kept.Add(string.Join("/", parts, 0, length));
            }
        }

        if (kept.Count == 0)
        {
            fallBack("git keeps no file under the documentation root");
            return null;
        }

        return kept;
    }

    private static bool HasFiles(string folder, HashSet<string> excluded)
        => Directory.EnumerateFiles(folder).Any()
           || Directory.EnumerateDirectories(folder).Any(child => !IsExcludedName(Path.GetFileName(child), excluded) && HasFiles(child, excluded));

    private static bool IsExcluded(string root, string file, HashSet<string> excluded)
        => Relative(root, file).Split('/').Any(part => IsExcludedName(part, excluded));

    private static bool IsExcludedName(string name, HashSet<string> excluded)
        => name.StartsWith(".", StringComparison.Ordinal) || excluded.Contains(name);

    private static string Relative(string root, string path)
        => path.Substring(root.Length).Replace('\\', '/').Trim('/');
}
