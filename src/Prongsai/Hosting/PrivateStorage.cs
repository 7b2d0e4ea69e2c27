namespace Prongsai.Hosting;

/// <summary>
/// The data folder (0700) and the SQLite database (0600, its key ring included) are created readable by the service
/// account only. The mode is set after creation as well, so the umask does not matter. Existing folders and files
/// keep the mode an administrator gave them (a shared evidence folder may need its group).
/// </summary>
public static class PrivateStorage
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and missing parents) for the service account only, when it does not exist.</summary>
    public static void CreateDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
        File.SetUnixFileMode(path, FolderMode);
    }

    /// <summary>Before the first migration: the data folder, and on SQLite an empty database file that only the owner reads.</summary>
    public static void Prepare(DataSettings settings)
    {
        CreateDirectory(settings.DataDirectory);
        if (settings.UsesPostgres || File.Exists(settings.SqlitePath) || OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            // SQLite takes an empty file as an empty database and gives its -wal and -shm files the database file's mode.
            using (new FileStream(settings.SqlitePath, new FileStreamOptions
                   {
                       Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode,
                   }))
            {
            }

            File.SetUnixFileMode(settings.SqlitePath, FileMode);
        }
        catch (IOException) when (File.Exists(settings.SqlitePath))
        {
            // Another process created it first.
        }
    }
}
