package org.hiproutine.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can fill up on demand, for H2: a database URL "jdbc:h2:fullDisk:/path/db" stores its
 * file through this, and while {@link #fill()} is in force every write fails with "No space left on
 * device", as a full disk's would, until {@link #free()}.
 */
public final class FullDisk extends FilePathWrapper {

  private static volatile boolean full;

  static {
    FilePath.register(new FullDisk());
  }

  /** Registers the fullDisk: scheme with H2 (once). */
  public static void install() {
    // the static initialiser has done it
  }

  public static void fill() {
    full = true;
  }

  public static void free() {
    full = false;
  }

  @Override
  public String getScheme() {
    return "fullDisk";
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new Channel(getBase().open(mode));
  }

  private static final class Channel extends FileBase {

    private final FileChannel base;

    Channel(FileChannel base) {
      this.base = base;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return base.read(dst);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return base.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      spaceLeft();
      return base.write(src);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      spaceLeft();
      return base.write(src, position);
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      base.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      spaceLeft();
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      spaceLeft();
      base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }

    private static void spaceLeft() throws IOException {
      if (full) {
        throw new IOException("No space left on device");
      }
    }
  }
}
