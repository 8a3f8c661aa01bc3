using Loyalty.Members.Api.Domain.Consents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Members.Api.Infrastructure.Configurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> consent)
    {
        consent.ToTable("consent_records");
        consent.HasKey(c => c.Id);
        consent.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        consent.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(16);
        consent.Property(c => c.Source).HasMaxLength(32);
        consent.HasIndex(c => new { c.MemberId, c.Id });
    }
}
