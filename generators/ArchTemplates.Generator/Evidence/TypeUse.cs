using ArchTemplates.Generator.Diagnostics;

namespace ArchTemplates.Generator.Evidence;

/// <summary>How a type uses another.</summary>
internal enum UseKind
{
    /// <summary>A base class or an implemented interface.</summary>
    BaseType,

    /// <summary>The type of a constructor parameter, primary constructor parameters included.</summary>
    ConstructorParameter,

    /// <summary>The type of a field.</summary>
    Field,

    /// <summary>The type of a property.</summary>
    Property,

    /// <summary>The type of a local variable.</summary>
    Local,

    /// <summary><c>new T(...)</c>.</summary>
    ObjectCreation,

    /// <summary>A call of a method of the type (or a method's type argument).</summary>
    MethodCall,

    /// <summary>A property, field, event or method group of the type, static or not.</summary>
    MemberAccess,

    /// <summary>A dependency-injection registration of the type (<c>AddSingleton&lt;T&gt;()</c>): wiring, which shows a relationship but does not need one.</summary>
    Registration,
}

/// <summary>
/// <paramref name="User"/> uses <paramref name="Type"/> at <paramref name="Location"/>. <paramref name="User"/> is the
/// innermost type whose code holds the use; <paramref name="IsAbstraction"/> says <paramref name="Type"/> is an interface
/// or an abstract class, which service registrations may bind to an implementation.
/// </summary>
internal sealed record TypeUse(TypeId User, TypeId Type, bool IsAbstraction, UseKind Kind, LocationInfo? Location)
{
    /// <summary>Whether a use of an interface or abstract type here stands for a use of what the service registrations bind it to.</summary>
    public bool ReachesImplementations => Kind is not (UseKind.BaseType or UseKind.Registration);
}
