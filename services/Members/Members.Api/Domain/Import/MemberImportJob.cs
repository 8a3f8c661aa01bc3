namespace Loyalty.Members.Api.Domain.Import;

public enum MemberImportStatus
{
    Queued,
    Running,
    Finished,
    Failed,
}

/// <summary>
/// A member import run in the background, batch by batch, with its progress: every data line is processed once, as
/// failed (its errors are known when the file is read), created or already a member. The file is kept until the job
/// ends and then dropped (it holds phones and names).
/// </summary>
public sealed class MemberImportJob
{
    private MemberImportJob()
    {
    }

    public Guid Id { get; private set; }

    public MemberImportStatus Status { get; private set; }

    /// <summary>The CSV as it was submitted; emptied once the job has ended.</summary>
    public string Csv { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public int TotalLines { get; private set; }

    public int Processed { get; private set; }

    public int Created { get; private set; }

    public int AlreadyMembers { get; private set; }

    public int Failed { get; private set; }

    /// <summary>How many of the file's valid rows (in file order) are written: where the next batch starts.</summary>
    public int ValidRowsDone { get; private set; }

    public List<ImportRowError> Errors { get; private set; } = [];

    /// <summary>Why the whole file was refused, when it was.</summary>
    public List<string> Problems { get; private set; } = [];

    public bool HasEnded => Status is MemberImportStatus.Finished or MemberImportStatus.Failed;

    public static MemberImportJob Submit(string csv, int totalLines, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Status = MemberImportStatus.Queued,
        Csv = csv,
        SubmittedAt = now,
        TotalLines = totalLines,
    };

    /// <summary>Starts on the file as read: its failed lines are processed at once.</summary>
    public void Start(MemberImportFile file, DateTimeOffset now)
    {
        Status = MemberImportStatus.Running;
        StartedAt = now;
        var report = file.Report(created: 0);
        (TotalLines, Failed, Processed, Errors) = (report.Rows, report.Failed, report.Failed, [.. report.Errors]);
    }

    /// <summary>Counts a written batch of <paramref name="rows"/> valid rows; the last one ends the job.</summary>
    public void RecordBatch(int rows, int created, int validRows, DateTimeOffset now)
    {
        ValidRowsDone += rows;
        Processed += rows;
        Created += created;
        AlreadyMembers += rows - created;
        if (ValidRowsDone >= validRows)
        {
            End(MemberImportStatus.Finished, now);
        }
    }

    public void Fail(string[] problems, DateTimeOffset now)
    {
        Problems = [.. problems];
        End(MemberImportStatus.Failed, now);
    }

    public MemberImportReport Report() => new(TotalLines, Created, AlreadyMembers, Failed, Errors);

    private void End(MemberImportStatus status, DateTimeOffset now)
    {
        (Status, EndedAt, Csv) = (status, now, "");
    }
}
