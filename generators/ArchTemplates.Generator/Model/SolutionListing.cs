using System;
using System.Linq;
using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>
/// The solution's real folders and the files under deploy/, as the build found them (the
/// ArchDocsListSolution task writes one line per entry: <c>d src/services</c>, <c>f deploy/kubernetes/gateway.yaml</c>).
/// </summary>
internal sealed record SolutionListing(EquatableArray<string> Folders, EquatableArray<string> DeployFiles)
{
    public static SolutionListing Parse(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 2 && line[1] == ' ').ToList();
        return new SolutionListing(
            lines.Where(line => line[0] == 'd').Select(line => line.Substring(2)).OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray(),
            lines.Where(line => line[0] == 'f').Select(line => line.Substring(2)).OrderBy(path => path, StringComparer.Ordinal).ToEquatableArray());
    }
}
