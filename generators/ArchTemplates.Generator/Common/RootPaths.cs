using System;

namespace ArchTemplates.Generator.Common;

/// <summary>Paths as the document shows them: from the documentation root, with '/'.</summary>
internal static class RootPaths
{
    /// <summary>The file's path from <paramref name="root"/>; its name alone when it is outside the root (or there is none).</summary>
    public static string Relative(string filePath, string root)
    {
        var path = filePath.Replace('\\', '/');
        var prefix = root.Replace('\\', '/').TrimEnd('/') + "/";
        return root.Length > 0 && path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : System.IO.Path.GetFileName(path);
    }
}
