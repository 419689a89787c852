using System;
using System.Collections.Generic;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Code;

/// <summary>What one attribute application declared, and the problems found in it.</summary>
internal sealed record CodeReadResult<T>(EquatableArray<Declared<T>> Items, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : IEquatable<T>
{
    public static readonly CodeReadResult<T> Empty = new(EquatableArray<Declared<T>>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>The result when reading threw: the failure as a diagnostic.</summary>
    public static CodeReadResult<T> Failed(DiagnosticInfo failure) => new(EquatableArray<Declared<T>>.Empty, new[] { failure }.ToEquatableArray());

    /// <summary>Reads every application of the attribute: each declares an item or, when it cannot, reports why.</summary>
    public static CodeReadResult<T> FromApplications(AttributeTarget target, Func<AttributeArguments, LocationInfo?, (T? Item, DiagnosticInfo? Problem)> read)
    {
        var items = new List<Declared<T>>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var (arguments, location) in target.Applications())
        {
            var (item, problem) = read(arguments, location);
            if (item is not null)
            {
                items.Add(new Declared<T>(item, location));
            }

            if (problem is not null)
            {
                diagnostics.Add(problem);
            }
        }

        return new CodeReadResult<T>(items.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
