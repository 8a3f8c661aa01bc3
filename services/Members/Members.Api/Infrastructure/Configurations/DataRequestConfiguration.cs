using Loyalty.Members.Api.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Members.Api.Infrastructure.Configurations;

internal sealed class DataRequestConfiguration : IEntityTypeConfiguration<DataRequest>
{
    public void Configure(EntityTypeBuilder<DataRequest> request)
    {
        request.ToTable("data_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        request.Property(r => r.Ground).HasConversion<string>().HasMaxLength(32);
        request.Property(r => r.RequestedBy).HasMaxLength(64);
        request.Property(r => r.DecidedBy).HasMaxLength(64);
        request.Property(r => r.Reason).HasMaxLength(500);
        request.HasIndex(r => new { r.MemberId, r.RequestedAt });
        // The staff queue: by status, newest first.
        request.HasIndex(r => new { r.Status, r.RequestedAt });
        request.HasMany(r => r.Services).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        request.Navigation(r => r.Services).HasField("_services");
        request.Ignore(r => r.IsOpen);
    }
}

internal sealed class DataRequestServiceConfiguration : IEntityTypeConfiguration<DataRequestService>
{
    public void Configure(EntityTypeBuilder<DataRequestService> progress)
    {
        progress.ToTable("data_request_services");
        progress.HasKey(s => new { s.RequestId, s.Service });
        progress.Property(s => s.Service).HasMaxLength(32);
    }
}

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> run)
    {
        run.ToTable("retention_runs");
        run.HasKey(r => r.RunDate);
        run.Property(r => r.Outcome).HasMaxLength(500);
    }
}
