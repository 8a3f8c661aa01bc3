using System.Text;
using MassTransit;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Exchange names partners can read and bind to: "loyalty." + the event's name in kebab case,
/// e.g. MemberRegistered → loyalty.member-registered. Documented in docs/events.md; changing it breaks partners.
/// Types that are not Loyalty contracts (MassTransit's own Fault&lt;T&gt; and the like) keep MassTransit's names.
/// </summary>
public sealed class LoyaltyEntityNameFormatter(IEntityNameFormatter fallback) : IEntityNameFormatter
{
    public const string Prefix = "loyalty.";

    public string FormatEntityName<T>() => IsContract(typeof(T)) ? For(typeof(T)) : fallback.FormatEntityName<T>();

    public static string For(Type messageType) => Prefix + KebabCase(messageType.Name);

    private static bool IsContract(Type type) =>
        !type.IsGenericType && type.Namespace?.StartsWith("Loyalty.Contracts", StringComparison.Ordinal) == true;

    public static string KebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLower = i > 0 && char.IsLower(name[i - 1]);
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && (previousIsLower || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
