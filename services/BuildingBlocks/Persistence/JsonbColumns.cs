using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// A list of value records read and written with its entity and never queried alone (a purchase's items, an import's
/// errors): one jsonb column, compared by content so that a change to the list is saved.
/// </summary>
public static class JsonbColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> HasJsonbList<T>(this PropertyBuilder<List<T>> property)
        where T : notnull =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                items => JsonSerializer.Serialize(items, Json),
                json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => a!.SequenceEqual(b!),
                    items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
                    items => items.ToList()));
}
