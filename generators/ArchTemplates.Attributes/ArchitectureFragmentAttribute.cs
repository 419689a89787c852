using System;
using System.ComponentModel;

namespace ArchTemplates;

/// <summary>
/// Carries the architecture a project declares, so that projects referencing it (above all the one that
/// owns the documentation) see the whole system. Written by ArchTemplates.Generator into every project
/// that uses it; not meant to be applied by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class ArchitectureFragmentAttribute : Attribute
{
    /// <summary>Records the fragment.</summary>
    /// <param name="format">The version of the fragment's format.</param>
    /// <param name="content">The project's declarations, serialized by the generator.</param>
    public ArchitectureFragmentAttribute(int format, string content)
    {
        Format = format;
        Content = content;
    }

    /// <summary>The version of the fragment's format.</summary>
    public int Format { get; }

    /// <summary>The project's declarations, serialized by the generator.</summary>
    public string Content { get; }
}
