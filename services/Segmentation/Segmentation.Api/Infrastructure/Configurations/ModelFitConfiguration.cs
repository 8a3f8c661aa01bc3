using Loyalty.Segmentation.Api.Domain.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Segmentation.Api.Infrastructure.Configurations;

internal sealed class ModelFitConfiguration : IEntityTypeConfiguration<ModelFit>
{
    public void Configure(EntityTypeBuilder<ModelFit> fit)
    {
        fit.ToTable("model_fits");
        fit.HasKey(f => f.Id);
        fit.Property(f => f.Id).UseIdentityAlwaysColumn();
        fit.Property(f => f.TimeUnit).HasMaxLength(16);
    }
}
