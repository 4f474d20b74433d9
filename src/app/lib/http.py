"""Small pieces every controller shares: the multipart upload parameter, a 400 naming its field."""

from __future__ import annotations

from typing import Annotated

from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import ValidationException
from litestar.params import Body

MultipartFile = Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]


def bad_request(field: str, message: str) -> ValidationException:
    return ValidationException(message, extra=[{"key": field, "message": message}])
