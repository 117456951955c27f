"""py_widgets as a pure-Python wheel (py3-none-any), the kind Pyodide installs from its lock.

`pyodide build` needs the internet (it downloads a cross-build environment first), and a pure
package needs nothing it does: a wheel is a zip with the modules and a .dist-info folder. This
one is made by hand so that the same modules give the same bytes (and the same sha256).
"""

import base64
import hashlib
import io
import zipfile
from pathlib import Path

_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def wheel_name(name: str, version: str) -> str:
    return f"{name}-{version}-py3-none-any.whl"


def package_modules(package_dir: Path) -> dict[str, bytes]:
    """The package's .py files by path inside the wheel (rooted at the package's folder)."""
    return {
        path.relative_to(package_dir.parent).as_posix(): path.read_bytes()
        for path in sorted(package_dir.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _record_hash(content: bytes) -> str:
    digest = hashlib.sha256(content).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def build_wheel(name: str, version: str, modules: dict[str, bytes]) -> bytes:
    """A wheel holding modules ({path: content}) with METADATA, WHEEL and RECORD."""
    info = f"{name}-{version}.dist-info"
    files = dict(sorted(modules.items()))
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    files[f"{info}/METADATA"] = metadata.encode()
    files[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: krisesenter\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = [f"{path},{_record_hash(data)},{len(data)}" for path, data in files.items()]
    files[f"{info}/RECORD"] = ("\n".join([*record, f"{info}/RECORD,,"]) + "\n").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            entry = zipfile.ZipInfo(path, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    return buffer.getvalue()
