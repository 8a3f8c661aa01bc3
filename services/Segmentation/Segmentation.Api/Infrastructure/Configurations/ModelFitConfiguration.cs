using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.Segmentation.Api.Domain.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Segmentation.Api.Infrastructure.Configurations;

internal sealed class ModelFitConfiguration : IEntityTypeConfiguration<ModelFit>
{
    /// <summary>
    /// A refused fit's standard errors can be NaN and a held-out error ∞: kept as they are (the migration that brought
    /// older fits into the report wrote some numbers as text).
    /// </summary>
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals | JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<ModelFit> fit)
    {
        fit.ToTable("model_fits");
        fit.HasKey(f => f.Id);
        fit.Property(f => f.Id).UseIdentityAlwaysColumn();
        fit.Property(f => f.TimeUnit).HasMaxLength(16);
        fit.Property(f => f.ChosenModel).HasMaxLength(16);
        fit.Ignore(f => f.Chosen);
        // The fit in use is the latest accepted one.
        fit.HasIndex(f => f.Id).HasFilter("\"Accepted\"").HasDatabaseName("ix_model_fits_accepted");
        fit.Property(f => f.Report)
            .HasColumnType("jsonb")
            .HasConversion(
                r => JsonSerializer.Serialize(r, ReportJson),
                json => JsonSerializer.Deserialize<FitReport>(json, ReportJson)!,
                new ValueComparer<FitReport>(
                    (a, b) => ReferenceEquals(a, b),
                    r => r.GetHashCode(),
                    r => r));
    }
}
