using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// Reads the files the generator emitted into a compiled assembly: the string constants of
/// <c>ArchTemplates.Generated.DocumentationOutput</c>, each "logical name\ncontent".
/// Keep in step with ArchTemplates.Generator.Emit.DocumentationOutputEmitter.
/// </summary>
internal static class DocumentationOutputReader
{
    public const string DocumentName = "document";
    public const string SchemaPrefix = "schema/";

    private const string Namespace = "ArchTemplates.Generated";
    private const string ClassName = "DocumentationOutput";

    /// <returns>Logical name → content, or null when the assembly holds no documentation output (the generator did not run).</returns>
    public static IReadOnlyDictionary<string, string>? Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (!metadata.StringComparer.Equals(type.Name, ClassName) || !metadata.StringComparer.Equals(type.Namespace, Namespace))
            {
                continue;
            }

            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var fieldHandle in type.GetFields())
            {
                var constant = metadata.GetFieldDefinition(fieldHandle).GetDefaultValue();
                if (constant.IsNil)
                {
                    continue;
                }

                var value = metadata.GetConstant(constant);
                if (value.TypeCode != ConstantTypeCode.String)
                {
                    continue;
                }

                var text = metadata.GetBlobReader(value.Value).ReadUTF16(metadata.GetBlobReader(value.Value).Length);
                var newline = text.IndexOf('\n');
                if (newline > 0)
                {
                    files[text.Substring(0, newline)] = text.Substring(newline + 1);
                }
            }

            return files;
        }

        return null;
    }
}
