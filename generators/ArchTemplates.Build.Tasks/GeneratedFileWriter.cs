using System;
using System.IO;
using System.Text;
using System.Threading;

namespace ArchTemplates.Build.Tasks;

/// <summary>What <see cref="GeneratedFileWriter.Write"/> did with a file.</summary>
internal enum WriteOutcome
{
    /// <summary>The file already had this content; it was not touched, so its timestamp is unchanged.</summary>
    Unchanged,

    /// <summary>The file was created or replaced.</summary>
    Written,

    /// <summary>A file without the generated marker is at the path: it was left alone.</summary>
    NotOurs,
}

/// <summary>
/// Writes generated files only when their content changed, atomically, one writer at a time across
/// processes (a parallel build may run several), and never over a file a person wrote.
/// </summary>
internal static class GeneratedFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    public static WriteOutcome Write(string path, string content)
    {
        var fullPath = Path.GetFullPath(path);
        return WithLock(fullPath, () =>
        {
            if (File.Exists(fullPath))
            {
                var existing = File.ReadAllText(fullPath);
                if (SameText(existing, content))
                {
                    return WriteOutcome.Unchanged;
                }

                if (!GeneratedFileMarker.IsPresentIn(existing))
                {
                    return WriteOutcome.NotOurs;
                }
            }

            var directory = Path.GetDirectoryName(fullPath)!;
            Directory.CreateDirectory(directory);

            // Write beside the target, then move over it: a reader sees the old file or the new one, never half of one.
            var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
            try
            {
                File.WriteAllText(temporary, content, Utf8NoBom);
                if (File.Exists(fullPath))
                {
                    File.Replace(temporary, fullPath, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(temporary, fullPath);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }

            return WriteOutcome.Written;
        });
    }

    /// <summary>
    /// Equal but for line endings: a checkout that turned LF into CRLF (Git's autocrlf) holds the same text,
    /// and rewriting it on every build would make git and the drift check see changes that are not there.
    /// </summary>
    public static bool SameText(string existing, string generated)
        => string.Equals(existing, generated, StringComparison.Ordinal)
           || string.Equals(existing.Replace("\r\n", "\n"), generated, StringComparison.Ordinal);

    /// <summary>Deletes a file we generated (the caller has checked the marker).</summary>
    public static void Delete(string path)
    {
        var fullPath = Path.GetFullPath(path);
        WithLock(fullPath, () =>
        {
            File.Delete(fullPath);
            return true;
        });
    }

    /// <summary>Runs <paramref name="action"/> holding a machine-wide lock named after the file.</summary>
    private static T WithLock<T>(string fullPath, Func<T> action)
    {
        using var mutex = new Mutex(initiallyOwned: false, $"Global\\ArchTemplates-{Hash(fullPath)}");
        bool acquired;
        try
        {
            acquired = mutex.WaitOne(LockTimeout);
        }
        catch (AbandonedMutexException)
        {
            // A writer died holding the lock; the file itself is intact because every write is atomic.
            acquired = true;
        }

        if (!acquired)
        {
            throw new IOException($"Timed out waiting for another build to finish writing {fullPath}.");
        }

        try
        {
            return action();
        }
        finally
        {
            mutex.ReleaseMutex();
        }
    }

    /// <summary>FNV-1a of the lower-cased path: a short, stable mutex name.</summary>
    private static string Hash(string path)
    {
        var hash = 2166136261u;
        foreach (var character in path.ToLowerInvariant())
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
