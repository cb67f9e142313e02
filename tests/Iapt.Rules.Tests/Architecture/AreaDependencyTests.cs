using Iapt.Rules.RuleSets;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Iapt.Rules.Tests.Architecture;

/// <summary>
/// The library's rule areas form one chain, with no cycle (issue 13, item 6): an area may use only the areas before it
/// in <see cref="Order"/>. Provenance sits at the bottom and <c>RuleSets</c>, which composes every area's rules, at the
/// top; each area below it reads its own rules interface (<c>IDescriptorRuleSet</c>, <c>IOutcomeRuleSet</c>,
/// <c>ISteppingRuleSet</c>, <c>IReportRuleSet</c>), which <c>RuleSet</c> implements. The check reads the compiled
/// assembly (signatures, attributes, locals and every instruction's operand), so a dependency through a method body
/// counts as much as one through a signature; documentation references do not count.
/// </summary>
public sealed class AreaDependencyTests
{
    /// <summary>
    /// The areas, bottom first: the order data flows in. <c>Compatibility</c> (the shims that let the library build
    /// for netstandard2.0) is below every rule area.
    /// </summary>
    private static readonly string[] Order =
    [
        "Compatibility", "Provenance", "Numerics", "Measures", "ProblemDescriptors", "Episodes", "Outcomes", "Waiting", "Stepping",
        "Reporting", "Dataset", "RuleSets",
    ];

    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Uses = new(ReadUses);

    public static TheoryData<string> Areas() => [.. Order];

    [Theory]
    [MemberData(nameof(Areas))]
    public void An_area_uses_only_the_areas_below_it(string area)
    {
        var below = Order.TakeWhile(a => a != area).ToHashSet();
        var uses = Uses.Value.TryGetValue(area, out var found) ? found : [];
        var violations = uses.Where(edge => !below.Contains(edge.Split(" -> ")[1].Split(':')[0])).ToList();
        Assert.True(violations.Count == 0, $"{area} uses areas above it:\n" + string.Join("\n", violations.Take(20)));
    }

    [Fact]
    public void Every_namespace_of_the_library_belongs_to_a_listed_area()
    {
        using var module = ModuleDefinition.ReadModule(typeof(RuleSet).Assembly.Location);
        var unlisted = module.Types
            .Select(t => t.Namespace)
            .Where(ns => ns.StartsWith("Iapt.Rules", StringComparison.Ordinal))
            .Where(ns => AreaOf(ns) is not { } a || !Order.Contains(a))
            .Distinct()
            .ToList();
        Assert.Empty(unlisted);
    }

    [Fact]
    public void The_README_layout_lists_the_areas_in_the_order_the_code_keeps()
    {
        // The diagram under "## Layout" names each area as "Name/" at the start of its line (several on one line
        // where they share it); Compatibility, the netstandard2.0 shims, is named in the text below it instead.
        string readme = File.ReadAllText(Path.Combine(Documentation.RulesDocumentTests.RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf("## Layout", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Layout' section");
        int open = readme.IndexOf("```", start, StringComparison.Ordinal);
        int close = readme.IndexOf("```", open + 3, StringComparison.Ordinal);
        var listed = readme[(open + 3)..close].Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^ {3}((?:[A-Za-z]+/ *)+)"))
            .Where(m => m.Success)
            .SelectMany(m => m.Groups[1].Value.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        Assert.Equal(Order.Where(a => a != "Compatibility"), listed);
        Assert.Contains("`Compatibility`", readme[close..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_sees_dependencies_through_signatures_and_method_bodies()
    {
        // RuleSets composes every area, through its properties' types; Reporting reaches Waiting in method bodies.
        Assert.Contains(Uses.Value["RuleSets"], e => e.EndsWith(":Outcomes", StringComparison.Ordinal) || e.Contains(" -> Outcomes:", StringComparison.Ordinal));
        Assert.Contains(Uses.Value["Reporting"], e => e.Contains(" -> Waiting:", StringComparison.Ordinal));
        Assert.Contains(Uses.Value["Outcomes"], e => e.Contains(" -> Episodes:", StringComparison.Ordinal));
    }

    private static string? AreaOf(string ns)
    {
        if (!ns.StartsWith("Iapt.Rules.", StringComparison.Ordinal)) return null;
        var rest = ns["Iapt.Rules.".Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Each area's uses of other areas, as <c>Area.Type -> OtherArea:OtherType</c>.</summary>
    private static Dictionary<string, SortedSet<string>> ReadUses()
    {
        using var module = ModuleDefinition.ReadModule(typeof(RuleSet).Assembly.Location);
        var uses = new Dictionary<string, SortedSet<string>>();
        foreach (var type in module.GetTypes())
        {
            var top = type;
            while (top.DeclaringType is not null) top = top.DeclaringType;
            if (AreaOf(top.Namespace) is not { } area) continue;
            var set = uses.TryGetValue(area, out var s) ? s : uses[area] = [];
            foreach (var used in Referenced(type))
            {
                var usedTop = used;
                while (usedTop.DeclaringType is not null) usedTop = usedTop.DeclaringType;
                if (AreaOf(usedTop.Namespace) is { } other && other != area) set.Add($"{top.Name} -> {other}:{usedTop.Name}");
            }
        }

        return uses;
    }

    private static List<TypeReference> Referenced(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null: return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    foreach (var a in g.GenericArguments) Add(a);
                    return;
                case TypeSpecification spec:
                    Add(spec.ElementType);
                    return;
                case GenericParameter p:
                    foreach (var c in p.Constraints) Add(c.ConstraintType);
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }

        void AddMethod(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters) Add(p.ParameterType);
            if (m is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) Add(a);
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var a in provider.CustomAttributes)
            {
                Add(a.AttributeType);
                foreach (var arg in a.ConstructorArguments) if (arg.Value is TypeReference t) Add(t);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.Interfaces) Add(i.InterfaceType);
        foreach (var g in type.GenericParameters) Add(g);
        AddAttributes(type);
        foreach (var f in type.Fields) { Add(f.FieldType); AddAttributes(f); }
        foreach (var p in type.Properties) { Add(p.PropertyType); AddAttributes(p); }
        foreach (var e in type.Events) Add(e.EventType);
        foreach (var m in type.Methods)
        {
            AddMethod(m);
            AddAttributes(m);
            foreach (var g in m.GenericParameters) Add(g);
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) Add(v.VariableType);
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t); break;
                    case MethodReference mr: AddMethod(mr); break;
                    case FieldReference fr: Add(fr.DeclaringType); Add(fr.FieldType); break;
                }
            }
        }

        return found;
    }
}
