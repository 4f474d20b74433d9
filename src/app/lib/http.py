"""Small pieces every controller shares: the multipart upload parameter, a 400 naming its field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import ValidationException
from litestar.params import Body


@dataclass
class FileUpload:
    """A multipart body whose file is the part named ``data``; a body without that file is a 400."""

    data: UploadFile


MultipartFile = Annotated[FileUpload, Body(media_type=RequestEncodingType.MULTI_PART)]


def bad_request(field: str, message: str) -> ValidationException:
    return ValidationException(message, extra=[{"key": field, "message": message}])
