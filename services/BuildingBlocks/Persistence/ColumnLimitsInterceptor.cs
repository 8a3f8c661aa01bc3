using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// Before anything is written, every added or changed value is held against its column as the model declares it
/// (HasMaxLength, HasPrecision): text longer than the column, a number with more integer digits than it holds, or
/// with more decimals than it keeps (PostgreSQL would round 12.34567 to 12.35 without a word). Such a value fails
/// the save with a <see cref="ValidationException"/> naming the field (camelCase, as requests name it), which the
/// HTTP pipeline answers with 400 and a consumer sends to its error queue, instead of a database error or a silent
/// change. Code that computes a value rounds it to its column itself.
/// </summary>
public sealed class ColumnLimitsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (entry.State == EntityState.Modified && !property.IsModified)
                {
                    continue;
                }

                if (Violation(property) is { } message)
                {
                    var field = JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name);
                    throw new ValidationException(new ValidationResult($"'{field}' {message}", [field]), null, null);
                }
            }
        }
    }

    private static string? Violation(PropertyEntry property)
    {
        switch (property.CurrentValue)
        {
            case string text when property.Metadata.GetMaxLength() is { } maxLength && text.Length > maxLength:
                return $"is at most {maxLength} characters long ({text.Length} were sent).";
            case decimal number when property.Metadata.GetPrecision() is { } precision:
                var scale = property.Metadata.GetScale() ?? 0;
                if (decimal.Round(number, scale) != number)
                {
                    return scale == 0 ? "must be a whole number." : $"has at most {scale} decimals.";
                }

                var limit = Pow10(precision - scale);
                return Math.Abs(number) < limit ? null : $"must be less than {limit:0} in size.";
            default:
                return null;
        }
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10m;
        }

        return value;
    }
}
