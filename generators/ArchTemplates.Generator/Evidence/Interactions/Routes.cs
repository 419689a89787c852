using System;
using System.Linq;

namespace ArchTemplates.Generator.Evidence.Interactions;

/// <summary>Routes as code writes them, reduced to paths that a call and an endpoint template can be compared by.</summary>
internal static class Routes
{
    /// <summary>
    /// The path of a route a call names: an absolute URL's path, a relative one from the root (as against a
    /// <c>BaseAddress</c>), without query or fragment, with one leading and no trailing slash.
    /// </summary>
    public static string Path(string route)
    {
        var path = route.Trim();
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var pathStart = path.IndexOf('/', scheme + 3);
            path = pathStart < 0 ? "/" : path.Substring(pathStart);
        }

        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            path = path.Substring(0, end);
        }

        return "/" + path.TrimStart('~').Trim('/');
    }

    /// <summary>
    /// True when <paramref name="path"/> is a route <paramref name="template"/> serves, compared segment by
    /// segment: a parameter (<c>{id}</c>, <c>{id:int}</c>) matches any one segment, a catch-all (<c>{*rest}</c>)
    /// whatever is left, anything else only itself (ignoring case, as ASP.NET Core routing does).
    /// </summary>
    public static bool Matches(string path, string template)
    {
        var pathSegments = Segments(path);
        var templateSegments = Segments(Path(template));
        for (var index = 0; index < templateSegments.Length; index++)
        {
            var segment = templateSegments[index];
            if (segment.StartsWith("{*", StringComparison.Ordinal))
            {
                return true;
            }

            if (index >= pathSegments.Length)
            {
                return false;
            }

            var isParameter = segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal);
            if (!isParameter && !string.Equals(segment, pathSegments[index], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return pathSegments.Length == templateSegments.Length;
    }

    private static string[] Segments(string path) => path.Split(['/'], StringSplitOptions.RemoveEmptyEntries).ToArray();
}
