"""Write a folder as a zip with one top folder, the same bytes for the same files."""

import zipfile
from pathlib import Path

_DATE = (2020, 1, 1, 0, 0, 0)


def write_zip(source: Path, target: Path, top: str, leave_out: set[str]) -> None:
    """Zip every file under source into target as top/<relative path>, sorted, fixed dates."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(source.rglob("*")):
            relative = path.relative_to(source).as_posix()
            if not path.is_file() or relative in leave_out:
                continue
            info = zipfile.ZipInfo(f"{top}/{relative}", date_time=_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), compresslevel=9)
