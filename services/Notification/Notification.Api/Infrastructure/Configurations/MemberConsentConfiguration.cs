using Loyalty.Notification.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Notification.Api.Infrastructure.Configurations;

internal sealed class MemberConsentConfiguration : IEntityTypeConfiguration<MemberConsent>
{
    public void Configure(EntityTypeBuilder<MemberConsent> consent)
    {
        consent.ToTable("consents");
        consent.HasKey(c => new { c.MemberId, c.Channel, c.Purpose });
        consent.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        consent.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(16);
    }
}
