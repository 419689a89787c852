using System.Collections.Generic;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Conformance;
using ArchTemplates.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace ArchTemplates.Generator.Yaml;

/// <summary>Reads the <c>rules:</c> list of architecture.yml (see docs/conformance.md); a malformed rule is ARCH205 and skipped.</summary>
internal static class RulesYamlReader
{
    private const string MayDependOn = "mayDependOn";
    private const string MayNotDependOn = "mayNotDependOn";

    public static EquatableArray<Declared<DependencyRule>> Read(YamlReader reader, YamlNode? node)
        => reader.MappingList(node, "rules", ["name", "from", MayDependOn, MayNotDependOn], rule =>
        {
            var allows = rule.Has(MayDependOn);
            if (allows == rule.Has(MayNotDependOn))
            {
                Malformed(rule, rule.Node, allows ? "has both 'mayDependOn' and 'mayNotDependOn'" : "has neither 'mayDependOn' nor 'mayNotDependOn'");
                return null;
            }

            var listKey = allows ? MayDependOn : MayNotDependOn;
            var fromText = rule.String("from");
            if (fromText is null)
            {
                Malformed(rule, rule["from"] ?? rule.Node, "has no 'from'");
                return null;
            }

            var from = Parse(rule, rule["from"]!, fromText);
            var texts = rule.TextList(listKey);
            var layers = new List<Layer>();
            foreach (var text in texts)
            {
                if (Parse(rule, rule[listKey]!, text) is not { } layer)
                {
                    continue;
                }

                if (layer == from)
                {
                    rule.Reader.Report(ConformanceDescriptors.SelfReferencingRule, rule[listKey], text);
                    continue;
                }

                layers.Add(layer);
            }

            if (from is null || layers.Count == 0)
            {
                if (from is not null && texts.Count == 0)
                {
                    Malformed(rule, rule[listKey]!, $"has an empty '{listKey}'");
                }

                return null;
            }

            var location = rule.Location;
            return new Declared<DependencyRule>(new DependencyRule(rule.String("name"), from, layers.ToEquatableArray(), allows, location.LineSpan.Start.Line + 1), location);
        });

    private static Layer? Parse(MappingReader rule, YamlNode node, string text)
    {
        var layer = Layer.Parse(text);
        if (layer is null)
        {
            Malformed(rule, node, $"names '{text}', which has no name after its prefix");
        }

        return layer;
    }

    private static void Malformed(MappingReader rule, YamlNode node, string problem)
        => rule.Reader.Report(ConformanceDescriptors.MalformedRule, node, problem);
}
