using Microsoft.AspNetCore.Http;

namespace Loyalty.ServiceDefaults.Input;

/// <summary>
/// Checks the values minimal APIs bind from the route and the query string, which <see cref="JsonInput"/> never sees:
/// an enum given as an undefined number (?channel=99 binds as (Channel)99), a date or instant outside
/// <see cref="PlausibleDates"/>; and hands instants on as UTC. Endpoints without such parameters pay nothing.
/// </summary>
public static class ScalarArgumentFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var checks = factory.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter, index, kind: KindOf(parameter.ParameterType)))
            .Where(p => p.kind != ScalarKind.None)
            .ToArray();
        if (checks.Length == 0)
        {
            return next;
        }

        return context =>
        {
            Dictionary<string, string[]>? errors = null;
            foreach (var (parameter, index, kind) in checks)
            {
                var error = Check(context, index, kind);
                if (error is not null)
                {
                    (errors ??= [])[parameter.Name!] = [$"'{parameter.Name}' {error}"];
                }
            }

            return errors is null
                ? next(context)
                : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors));
        };
    }

    private static string? Check(EndpointFilterInvocationContext context, int index, ScalarKind kind)
    {
        switch (context.Arguments[index])
        {
            case null:
                return null;
            case DateTimeOffset instant when kind == ScalarKind.Instant:
                if (!PlausibleDates.IsPlausible(instant))
                {
                    return $"must be {PlausibleDates.InstantRange}.";
                }

                context.Arguments[index] = instant.ToUniversalTime();
                return null;
            case DateOnly date when kind == ScalarKind.Date:
                return PlausibleDates.IsPlausible(date) ? null : $"must be {PlausibleDates.DateRange}.";
            case Enum value when kind == ScalarKind.Enum:
                var type = value.GetType();
                return Enum.IsDefined(type, value)
                    ? null
                    : $"must be one of: {string.Join(", ", Enum.GetNames(type))}.";
            default:
                return null;
        }
    }

    private static ScalarKind KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum ? ScalarKind.Enum
            : type == typeof(DateTimeOffset) ? ScalarKind.Instant
            : type == typeof(DateOnly) ? ScalarKind.Date
            : ScalarKind.None;
    }

    private enum ScalarKind { None, Enum, Instant, Date }
}
