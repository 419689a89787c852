using System;
using System.Linq;

namespace ArchTemplates.Generator.Common;

/// <summary>Paths as the document and the model show them: from the documentation root, '/'-separated.</summary>
internal static class RootPaths
{
    /// <summary>
    /// A file's or folder's path from the documentation root: "src/services/gateway", "../shared/schemas" for one
    /// beside the root, or the full path for one on another drive (no relative path leads there); empty without either.
    /// </summary>
    public static string Relative(string? path, string? root)
    {
        if (path is null || root is null)
        {
            return string.Empty;
        }

        var target = Normalize(path).Split('/');
        var from = Normalize(root).Split('/');
        var shared = 0;
        while (shared < target.Length && shared < from.Length && string.Equals(target[shared], from[shared], StringComparison.Ordinal))
        {
            shared++;
        }

        return shared == 0
            ? string.Join("/", target)
            : string.Join("/", Enumerable.Repeat("..", from.Length - shared).Concat(target.Skip(shared)));
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
}
