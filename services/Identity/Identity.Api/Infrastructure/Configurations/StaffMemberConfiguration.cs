using Loyalty.Identity.Api.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Identity.Api.Infrastructure.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff");
        builder.Property(s => s.DisplayName).HasMaxLength(100);
        builder.Property(s => s.StoreIds);
        builder.Property(s => s.Roles);
    }
}
